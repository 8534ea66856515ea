/** The visit log, its gifts and visit plans in PostgreSQL, through R2DBC. */
package com.acme.crm.customer.visit.persistence;
