/** Publishes customer events through the outbox, and consumes lead, team and order events through the inbox. */
package com.acme.crm.customer.customer.messaging;
