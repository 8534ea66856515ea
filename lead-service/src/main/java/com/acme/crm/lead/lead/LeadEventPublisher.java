package com.acme.crm.lead.lead;

import reactor.core.publisher.Mono;

/** Publishes lead events; called inside the transaction that made the change (the outbox makes them atomic). */
public interface LeadEventPublisher {

    Mono<Void> publish(LeadEvent event);

    /** L-8: a team's roster changed; other services learn the team's reps from it. */
    Mono<Void> rosterSet(String team, java.util.List<String> members, String setBy, java.time.Instant at);

    /** Publishes events in order with one write (bulk commands). */
    Mono<Void> publishAll(java.util.List<LeadEvent> events);
}
