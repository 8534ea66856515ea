package com.acme.crm.lead.lead;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Reads of leads, their contacts and the reps' task lists, always within the caller's data scope. */
@Service
public class LeadQueries {

    private final LeadRepository leads;
    private final LeadTasks tasks;
    private final Clock clock;

    LeadQueries(LeadRepository leads, LeadTasks tasks, Clock clock) {
        this.leads = leads;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** A lead inside the caller's scope; one outside it looks the same as one that does not exist. */
    public Mono<Lead> get(UUID id, CrmUser user) {
        DataScope scope = DataScope.of(user);
        return leads.findById(id)
                .filter(lead -> scope.includes(lead.ownerId(), lead.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Lead", id)));
    }

    public Mono<PageResponse<Lead>> search(LeadQuery query, PageRequest page, CrmUser user) {
        return scopeOf(user).flatMap(scope -> leads.search(query, scope, page));
    }

    public Mono<List<LeadRepository.ContactEntry>> contacts(UUID id, CrmUser user) {
        return get(id, user).flatMap(lead -> leads.contacts(id).collectList());
    }

    /** L-7: the caller's open tasks due now (a manager sees the team's). */
    public Flux<LeadTasks.Task> dueTasks(CrmUser user, int limit) {
        return scopeOf(user).flatMapMany(scope -> tasks.due(scope, clock.instant(), limit));
    }

    private static Mono<DataScope> scopeOf(CrmUser user) {
        DataScope scope = DataScope.of(user);
        return scope.isNone() ? Mono.error(new AccessDeniedException("No lead data scope for these roles"))
                : Mono.just(scope);
    }
}
