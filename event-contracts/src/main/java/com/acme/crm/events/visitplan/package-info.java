/**
 * Events about the reps' weekly visit plans and business trips, published by customer-service on
 * {@code crm.customer.events}, keyed by the rep's id.
 */
@NullMarked
package com.acme.crm.events.visitplan;

import org.jspecify.annotations.NullMarked;
