package com.acme.crm.lead.followup;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;

import java.time.Clock;

/** L-7: the lead tasks due now, within the caller's data scope (a manager sees the team's). */
@Service
public class DueTasks {

    private final LeadTasks tasks;
    private final Clock clock;

    DueTasks(LeadTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The caller's open tasks due now, earliest first; refused for a caller without a lead data scope. */
    public Flux<LeadTasks.Task> of(CrmUser user, int limit) {
        DataScope scope = DataScope.of(user);
        return scope.isNone() ? Flux.error(new AccessDeniedException("No lead data scope for these roles"))
                : tasks.due(scope, clock.instant(), limit);
    }
}
