/** Customers, their people, purchases and team rosters in PostgreSQL, through R2DBC. */
package com.acme.crm.customer.customer.persistence;
