/**
 * Publishes ticket events to crm.aftersales.events through the chassis outbox.
 */
@NullMarked
package com.acme.crm.aftersales.ticket.messaging;

import org.jspecify.annotations.NullMarked;
