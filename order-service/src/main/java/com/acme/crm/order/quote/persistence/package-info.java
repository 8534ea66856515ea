/**
 * Quotes in PostgreSQL; lines, value package and payment terms as JSON.
 */
@NullMarked
package com.acme.crm.order.quote.persistence;

import org.jspecify.annotations.NullMarked;
