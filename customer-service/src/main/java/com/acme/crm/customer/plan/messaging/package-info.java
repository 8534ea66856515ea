/** Publishes daily plan events through the outbox on crm.customer.events, keyed by the rep. */
package com.acme.crm.customer.plan.messaging;
