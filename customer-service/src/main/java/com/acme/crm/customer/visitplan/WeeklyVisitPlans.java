package com.acme.crm.customer.visitplan;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.UUID;

/** Where weekly visit plans and their planned visits are kept; the persistence adapter implements it. */
public interface WeeklyVisitPlans {

    /** Stores a new plan with its visits (one statement for the visits, however many). */
    Mono<Void> insert(WeeklyVisitPlanState plan);

    /**
     * Stores a changed plan and replaces its visits (bounded statements); fails with an optimistic-locking error if it
     * changed meanwhile.
     */
    Mono<Void> update(WeeklyVisitPlanState plan);

    Mono<WeeklyVisitPlan> findById(UUID id);

    /** The plan, its row locked until the caller's transaction ends. */
    Mono<WeeklyVisitPlan> lockById(UUID id);

    /** The rep's plan of that week, locked until the caller's transaction ends. */
    Mono<WeeklyVisitPlan> lockByRepAndWeek(String repId, LocalDate weekStart);

    /** One page of plans in the scope with their visits (three queries whatever the page holds). */
    Mono<PageResponse<WeeklyVisitPlanState>> search(WeeklyVisitPlanQuery query, DataScope scope, PageRequest page);
}
