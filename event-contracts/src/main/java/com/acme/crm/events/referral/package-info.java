/**
 * Referral rewards (L-9), published by customer-service on {@code crm.customer.events}, keyed by the referring
 * customer's id.
 */
@NullMarked
package com.acme.crm.events.referral;

import org.jspecify.annotations.NullMarked;
