/** Turns order domain events into the published contract on crm.order.events, through the outbox. */
package com.acme.crm.order.order.messaging;
