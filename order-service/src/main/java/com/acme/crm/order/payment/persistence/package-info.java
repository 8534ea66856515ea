/** Stores payments and reads receivables and collection lists in PostgreSQL with plain SQL. */
package com.acme.crm.order.payment.persistence;
