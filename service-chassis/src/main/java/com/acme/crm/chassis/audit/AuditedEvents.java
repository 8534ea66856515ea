package com.acme.crm.chassis.audit;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Publishes a service's domain events, each with the audit entry that goes with it, inside the caller's
 * transaction: one event with one entry, or many events of one actor with one write each (jobs and bulk commands).
 *
 * @param <E> the service's domain event type
 */
public final class AuditedEvents<E> {

    private final String resourceType;
    private final Function<E, Object> resourceId;
    private final Function<E, Mono<Void>> publishOne;
    private final Function<List<E>, Mono<Void>> publishMany;
    private final AuditLog audit;

    /**
     * @param resourceType the audit log's resource type ("lead")
     * @param resourceId   the id of the record an event is about
     * @param publishOne   the service's publisher of one event (its outbox adapter)
     * @param publishMany  the same for many events at once
     */
    public AuditedEvents(String resourceType, Function<E, Object> resourceId, Function<E, Mono<Void>> publishOne,
                         Function<List<E>, Mono<Void>> publishMany, AuditLog audit) {
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.publishOne = publishOne;
        this.publishMany = publishMany;
        this.audit = audit;
    }

    /** Publishes the event and records who did what. */
    public Mono<Void> publish(E event, String actor, String action, Map<String, ?> details) {
        return publishOne.apply(event).then(audit.record(actor, action, resourceType, resourceId.apply(event), details));
    }

    /** Publishes and audits many events of one actor with one write each. */
    public Mono<Void> publishAll(String actor, List<? extends Change<E>> changes) {
        if (changes.isEmpty()) {
            return Mono.empty();
        }
        return publishMany.apply(changes.stream().map(Change::event).toList())
                .then(audit.recordEach(actor, resourceType, changes.stream()
                        .map(c -> new AuditLog.Record(c.action(), resourceId.apply(c.event()), c.details())).toList()));
    }

    /** An event with the audit entry that goes with it; services name their own ({@code LeadChanges.Change}). */
    public interface Change<E> {

        E event();

        String action();

        Map<String, ?> details();
    }
}
