/**
 * Market intelligence (N-9): competitor and market reports the sales team files, published by customer-service on
 * {@code crm.customer.events}, keyed by the report's id.
 */
@NullMarked
package com.acme.crm.events.intelligence;

import org.jspecify.annotations.NullMarked;
