package com.acme.crm.aftersales.ticket;

import reactor.core.publisher.Mono;

import java.util.List;

/** Publishes ticket events inside the caller's transaction (the outbox). */
public interface TicketEventPublisher {

    Mono<Void> publishAll(List<TicketEvent> events);
}
