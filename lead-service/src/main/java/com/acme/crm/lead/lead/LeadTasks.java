package com.acme.crm.lead.lead;

import com.acme.crm.chassis.security.DataScope;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A rep's lead work items (L-7 nurture touches), owned with their lead (L-8); the persistence adapter implements it. */
public interface LeadTasks {

    /**
     * Opens these tasks in one statement, skipping any lead that already has an open task of the kind (a concurrent
     * run opened it first); emits the ids of the tasks actually opened.
     */
    Flux<UUID> openAllIfNoneOpen(List<Task> tasks);

    /** Closes the lead's open tasks: a contact is the touch they asked for. */
    Mono<Void> closeOpenTasks(UUID leadId, Instant at);

    /** L-8: the lead's open tasks move to its new owner. */
    Mono<Void> moveOpenTasks(UUID leadId, String newOwner);

    /** Open tasks due by {@code dueBy}, within the scope, earliest first. */
    Flux<Task> due(DataScope scope, Instant dueBy, int limit);

    record Task(UUID id, UUID leadId, String ownerId, String team, String kind, Instant dueAt, Instant createdAt) {
    }
}
