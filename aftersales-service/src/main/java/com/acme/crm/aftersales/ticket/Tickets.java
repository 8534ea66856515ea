package com.acme.crm.aftersales.ticket;

import com.acme.crm.chassis.security.DataScope;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The stored tickets. */
public interface Tickets {

    Mono<Void> insert(TicketState ticket);

    /** Writes the ticket if its version is still the one read (else a conflict); the stored version goes up by one. */
    Mono<Void> update(TicketState ticket);

    /** Writes the tickets a job changed under its row locks. */
    Mono<Void> updateAll(List<TicketState> tickets);

    Mono<TicketState> find(UUID id);

    /** The newest first; with {@code escalatedOnly}, only escalated tickets not yet closed (the manager's queue). */
    Flux<TicketState> latest(DataScope scope, boolean escalatedOnly, int limit);

    /** locks up to {@code limit} tickets with a clock past due and not yet reported ({@code SKIP LOCKED}). */
    Flux<TicketState> lockBreachCandidates(Instant now, int limit);
}
