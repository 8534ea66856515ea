/**
 * Events published by order-service on {@code crm.order.events}.
 */
@NullMarked
package com.acme.crm.events.order;

import org.jspecify.annotations.NullMarked;
