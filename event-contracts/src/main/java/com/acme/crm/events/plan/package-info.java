/**
 * Events about the reps' daily plans and evening reviews, published by customer-service on
 * {@code crm.customer.events}, keyed by the rep's id.
 */
@NullMarked
package com.acme.crm.events.plan;

import org.jspecify.annotations.NullMarked;
