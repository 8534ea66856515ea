/** Consumes order events through the inbox: signed orders and payments recompute tiers. */
package com.acme.crm.customer.tier.messaging;
