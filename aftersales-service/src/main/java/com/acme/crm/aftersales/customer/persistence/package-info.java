/**
 * The customer ownership projection and the round-robin cursor over team rosters in PostgreSQL.
 */
@NullMarked
package com.acme.crm.aftersales.customer.persistence;

import org.jspecify.annotations.NullMarked;
