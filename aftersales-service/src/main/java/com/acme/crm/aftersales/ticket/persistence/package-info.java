/**
 * Tickets in PostgreSQL.
 */
@NullMarked
package com.acme.crm.aftersales.ticket.persistence;

import org.jspecify.annotations.NullMarked;
