/** Business trips in PostgreSQL, and the visit log entries a trip report may link. */
package com.acme.crm.customer.trip.persistence;
