/**
 * Events published by customer-service on {@code crm.customer.events}.
 */
@NullMarked
package com.acme.crm.events.customer;

import org.jspecify.annotations.NullMarked;
