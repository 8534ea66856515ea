package com.acme.crm.customer.plan;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Where daily plans and their reviews are kept; the persistence adapter implements it. */
public interface DailyPlans {

    Mono<Void> insert(DailyPlanState plan);

    /** Stores a changed plan (and its review, once filed); fails with an optimistic-locking error if it changed meanwhile. */
    Mono<Void> update(DailyPlanState plan);

    /** The plan with its review, if any. */
    Mono<DailyPlan> findById(UUID id);

    /** The plan, its row locked until the caller's transaction ends. */
    Mono<DailyPlan> lockById(UUID id);

    /** The rep's plan for that day, locked until the caller's transaction ends. */
    Mono<DailyPlan> lockByRepAndDate(String repId, LocalDate date);

    /** One page of plans (with their reviews) in the scope, in one query; newest day first, then by rep. */
    Mono<PageResponse<DailyPlanState>> search(DailyPlanQuery query, DataScope scope, PageRequest page);

    /** the reps on the team's roster ({@code team_member}) without a plan for that day, in roster order. */
    Flux<String> unsubmitted(String team, LocalDate date);

    /** the visit log entries the rep filed for visits in {@code [from, to)}: the review's actuals. */
    Flux<LoggedVisit> visitsFiledBy(String repId, Instant from, Instant to);

    /** One visit log entry, as the review counts it. */
    record LoggedVisit(UUID customerId, boolean onSite) {
    }
}
