package com.acme.crm.aftersales.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Tickets in the states the A-1 tests start from, opened relative to {@link #NOW} under the default clocks. */
final class TicketFixtures {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final String TEAM = "east";
    static final String AGENT = "agent-1";

    private TicketFixtures() {
    }

    static Ticket opened(TicketType type, Priority priority, Instant at, TicketPolicy policy) {
        return Ticket.open(UUID.randomUUID(), UUID.randomUUID(), null, type, priority, "The press stops after 10 min",
                "rep-1", TEAM, AGENT, "rep-1", at, policy);
    }

    static Ticket hardwareFaultOpenedMinutesAgo(int minutes) {
        return opened(TicketType.HARDWARE_FAULT, Priority.NORMAL, NOW.minus(Duration.ofMinutes(minutes)),
                TicketPolicy.defaults());
    }

    static Ticket respondedHoursAgo(int openedHoursAgo) {
        Ticket ticket = hardwareFaultOpenedMinutesAgo(openedHoursAgo * 60);
        ticket.respond(AGENT, NOW.minus(Duration.ofHours(openedHoursAgo)).plus(Duration.ofMinutes(20)));
        return ticket;
    }

    static Ticket resolved() {
        Ticket ticket = respondedHoursAgo(5);
        ticket.resolve(AGENT, NOW.minus(Duration.ofHours(1)));
        return ticket;
    }
}
