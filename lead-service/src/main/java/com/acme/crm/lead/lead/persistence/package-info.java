/** Leads, their captures and contacts in PostgreSQL, through R2DBC. */
package com.acme.crm.lead.lead.persistence;
