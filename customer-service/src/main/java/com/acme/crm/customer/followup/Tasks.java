package com.acme.crm.customer.followup;

import com.acme.crm.chassis.security.DataScope;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Customer follow-up tasks; the persistence adapter implements it. */
public interface Tasks {

    Mono<Void> openAll(List<Task> tasks);

    /** Closes the customer's open tasks of these kinds. */
    Mono<Void> close(UUID customerId, Collection<TaskKind> kinds, Instant at);

    /** Closes the customer's open tasks of this kind due in {@code [from, until)} (one day's planned visit, R-4). */
    Mono<Void> closeDueWithin(UUID customerId, TaskKind kind, Instant from, Instant until, Instant at);

    Mono<Boolean> hasOpen(UUID customerId, TaskKind kind);

    Flux<Task> openOf(UUID customerId);

    /** Open tasks due by {@code now} within the scope, skipping paused customers (C-6), earliest first. */
    Flux<Task> due(DataScope scope, Instant now, int limit);

    /** C-2: open tasks past their escalation time, not escalated yet, of customers not paused; locked. */
    Flux<Task> lockEscalations(Instant now, int limit);

    Mono<Void> markEscalated(Collection<UUID> taskIds, Instant at);

    /** C-8: open tasks follow their customers to the new owner. */
    Mono<Long> moveOpen(Collection<UUID> customerIds, String toOwner);
}
