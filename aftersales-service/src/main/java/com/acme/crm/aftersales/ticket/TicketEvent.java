package com.acme.crm.aftersales.ticket;

import java.time.Instant;

/** What happened to a ticket, with the ticket as it stands after it; published by the messaging adapter. */
public sealed interface TicketEvent {

    TicketState ticket();

    record Opened(TicketState ticket) implements TicketEvent {
    }

    record Responded(TicketState ticket) implements TicketEvent {
    }

    record Resolved(TicketState ticket) implements TicketEvent {
    }

    record Reopened(TicketState ticket, String by, Instant at) implements TicketEvent {
    }

    record Closed(TicketState ticket, String by) implements TicketEvent {
    }

    /** A passed deadline, found by the breach job; the ticket is escalated to its team's manager with it. */
    record SlaBreached(TicketState ticket, SlaClock clock, Instant dueAt, Instant at) implements TicketEvent {
    }
}
