/** Lead contact fetches in PostgreSQL, through R2DBC. */
package com.acme.crm.customer.leadcontact.persistence;
