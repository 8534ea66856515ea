package com.acme.crm.events.aftersales;

import com.acme.crm.events.IntegrationEvent;

import java.util.UUID;

/** Events about one after-sales ticket, keyed by its id. */
public sealed interface TicketEvent extends IntegrationEvent
        permits TicketOpened, TicketResponded, TicketResolved, TicketReopened, TicketClosed, TicketSlaBreached {

    UUID ticketId();

    @Override
    default String aggregateId() {
        return ticketId().toString();
    }
}
