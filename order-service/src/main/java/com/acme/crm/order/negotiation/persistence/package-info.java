/** Negotiation and contract review rows in PostgreSQL (R2DBC). */
@NullMarked
package com.acme.crm.order.negotiation.persistence;

import org.jspecify.annotations.NullMarked;
