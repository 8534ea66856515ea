/** Customers, tasks, visits and rosters in PostgreSQL, through R2DBC. */
package com.acme.crm.customer.customer.persistence;
