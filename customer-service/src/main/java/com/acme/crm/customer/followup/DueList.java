package com.acme.crm.customer.followup;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;

import java.time.Clock;

/** C-2: the caller's due list (a manager sees the team's): open tasks due now, paused customers left out (C-6). */
@Service
public class DueList {

    private static final int LIMIT = 500;

    private final Tasks tasks;
    private final Clock clock;

    DueList(Tasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    public Flux<Task> due(CrmUser user) {
        DataScope scope = DataScope.of(user);
        if (scope.isNone()) {
            return Flux.error(new AccessDeniedException("No customer data scope for these roles"));
        }
        return tasks.due(scope, clock.instant(), LIMIT);
    }
}
