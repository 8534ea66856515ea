/**
 * The product catalogue: list prices in CNY, the base every quote's discount is measured against (O-2).
 */
@NullMarked
package com.acme.crm.order.product;

import org.jspecify.annotations.NullMarked;
