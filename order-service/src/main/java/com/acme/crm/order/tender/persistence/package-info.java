/** Tender rows in PostgreSQL (R2DBC). */
@NullMarked
package com.acme.crm.order.tender.persistence;

import org.jspecify.annotations.NullMarked;
