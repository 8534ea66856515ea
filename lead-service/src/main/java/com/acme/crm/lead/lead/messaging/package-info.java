/** Publishes lead events as integration events (contracts module) through the outbox. */
package com.acme.crm.lead.lead.messaging;
