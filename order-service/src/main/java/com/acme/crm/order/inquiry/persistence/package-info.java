/**
 * Inquiries in PostgreSQL.
 */
@NullMarked
package com.acme.crm.order.inquiry.persistence;

import org.jspecify.annotations.NullMarked;
