/**
 * HTTP API of the catalogue, /api/products.
 */
@NullMarked
package com.acme.crm.order.product.web;

import org.jspecify.annotations.NullMarked;
