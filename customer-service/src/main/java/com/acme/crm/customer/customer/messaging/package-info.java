/** Publishes customer events through the outbox as the integration events of event-contracts. */
package com.acme.crm.customer.customer.messaging;
