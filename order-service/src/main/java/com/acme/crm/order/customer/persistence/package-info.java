/**
 * The customer ownership projection and team rosters in PostgreSQL.
 */
@NullMarked
package com.acme.crm.order.customer.persistence;

import org.jspecify.annotations.NullMarked;
