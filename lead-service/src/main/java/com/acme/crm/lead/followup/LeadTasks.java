package com.acme.crm.lead.followup;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.lead.lead.LeadLifecycle;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A rep's lead work items (L-7 nurture touches), owned with their lead: a contact closes them, and they move with the
 * lead to its new owner (L-8, {@link LeadLifecycle.OpenTasks}). The persistence adapter implements it.
 */
public interface LeadTasks extends LeadLifecycle.OpenTasks {

    /**
     * Opens these tasks in one statement, skipping any lead that already has an open task of the kind (a concurrent
     * run opened it first); emits the ids of the tasks actually opened.
     */
    Flux<UUID> openAllIfNoneOpen(List<Task> tasks);



    /** Open tasks due by {@code dueBy}, within the scope, earliest first. */
    Flux<Task> due(DataScope scope, Instant dueBy, int limit);

    record Task(UUID id, UUID leadId, String ownerId, String team, String kind, Instant dueAt, Instant createdAt) {
    }
}
