/** Stores market intelligence reports (N-9) in PostgreSQL. */
package com.acme.crm.customer.intelligence.persistence;
