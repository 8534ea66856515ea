/** The contact fingerprints of known customers in PostgreSQL, through R2DBC (L-3). */
package com.acme.crm.lead.capture.persistence;
