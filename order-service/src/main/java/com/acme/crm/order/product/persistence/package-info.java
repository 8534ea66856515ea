/**
 * Products in PostgreSQL.
 */
@NullMarked
package com.acme.crm.order.product.persistence;

import org.jspecify.annotations.NullMarked;
