/** Publishes recorded referral rewards (L-9) through the outbox on crm.customer.events, keyed by the referrer. */
package com.acme.crm.customer.referral.messaging;
