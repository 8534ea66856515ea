package com.acme.crm.aftersales.complaint;

import reactor.core.publisher.Mono;

import java.util.List;

/** Publishes complaint events inside the caller's transaction (the outbox). */
public interface ComplaintEventPublisher {

    Mono<Void> publishAll(List<ComplaintEvent> events);
}
