package com.acme.crm.customer.visit;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;

import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerAccess;
import com.acme.crm.customer.customer.CustomerChanges;
import com.acme.crm.customer.customer.CustomerEvent;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.followup.FollowUps;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The visit log (C-4): a filed visit is checked for gifts (C-10) here, and by the customer for three visits in a
 * row without progress (C-7: the next needs a manager-approved plan) and for the contact limits (B-1, C-6); it
 * completes the cadence (C-2), opens a first visit's follow-ups (C-5) and publishes {@code VisitLogged}.
 */
@Service
public class VisitLog {

    private final CustomerAccess access;
    private final Visits visits;
    private final FollowUps followUps;
    private final CustomerChanges changes;
    private final AuditLog audit;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final CustomerProperties properties;

    VisitLog(CustomerAccess access, Visits visits, FollowUps followUps, CustomerChanges changes, AuditLog audit,
             TransactionalOperator transactions, Clock clock, CustomerProperties properties) {
        this.access = access;
        this.visits = visits;
        this.followUps = followUps;
        this.changes = changes;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /** C-4: files a visit; the customer checks C-7, B-1 and C-6 and reports it. */
    public Mono<Visit> log(UUID customerId, NewVisit request, CrmUser user) {
        Instant now = clock.instant();
        if (request.visitedAt().isAfter(now)) {
            throw new InvalidFieldException("visitedAt", "must not be in the future");
        }
        Gift.check(request.gifts(), properties.giftMaxValue());
        return transactions.transactional(access.workable(customerId, user).flatMap(customer ->
                plan(customer, request.visitPlanId()).flatMap(plan -> visits.count(customerId).flatMap(before -> {
                    UUID planId = plan.map(VisitPlan::id).orElse(null);
                    boolean first = before == 0;
                    Visit visit = new Visit(UUID.randomUUID(), customerId, customer.ownerId(), customer.team(),
                            request.contactPerson(), request.contactTitle(), request.visitedAt(),
                            request.durationMinutes(), request.method(), request.spin(), request.objections(),
                            request.commitments(), request.nextStep(), request.helpNeeded(), request.progress(),
                            request.clearAnswer(), Visit.isLate(request.visitedAt(), now, properties.visitFilingDeadline()),
                            now, user.id(), planId, request.gifts());
                    CustomerEvent.VisitLogged logged = customer.logVisit(visit.report(request.customerInitiated(), first),
                            planId != null, properties.visitsWithoutProgressLimit(), properties.businessZone(), now);
                    Mono<Void> planUsed = planId == null ? Mono.empty() : visits.use(planId, visit.id());
                    Mono<Void> firstFollowUps = first
                            ? followUps.afterFirstVisit(customer, visit.visitedAt(), visit.clearAnswer(), now)
                            : Mono.empty();
                    return visits.insert(visit)
                            .then(planUsed)
                            .then(followUps.contacted(customer, request.method() == Visit.Method.ON_SITE, now))
                            .then(followUps.visitedAsPlanned(customer, visit.visitedAt(), now))
                            .then(firstFollowUps)
                            .then(changes.save(customer, logged, user.id(), "VISIT_LOGGED",
                                    Map.of("visit", visit.id().toString(), "late", visit.late())))
                            .thenReturn(visit);
                }))));
    }

    /** The customer's latest visits with their gifts, newest first, if the caller may read the customer. */
    public Mono<List<Visit>> recent(UUID customerId, CrmUser user) {
        return access.readable(customerId, user).flatMap(customer -> visits.recent(customerId, 200).collectList());
    }

    /** C-7: a rep asks for a new visit plan. */
    public Mono<VisitPlan> requestPlan(UUID customerId, String objective, @Nullable String approach,
                                       @Nullable Instant plannedAt, CrmUser user) {
        Instant now = clock.instant();
        VisitPlan plan = new VisitPlan(UUID.randomUUID(), customerId, objective, approach, plannedAt,
                VisitPlan.Status.PENDING, user.id(), now, null, null, null);
        return transactions.transactional(access.workable(customerId, user)
                .flatMap(customer -> visits.insertPlan(plan)
                        .then(audit.record(user.id(), "VISIT_PLAN_REQUESTED", "customer", customerId,
                                Map.of("plan", plan.id().toString()))))
                .thenReturn(plan));
    }

    /** C-7: the manager of the customer's team approves (or rejects) a visit plan. */
    public Mono<VisitPlan> decide(UUID customerId, UUID planId, boolean approve, CrmUser user) {
        if (!user.hasAny(Role.SALES_MANAGER, Role.SALES_DIRECTOR, Role.GENERAL_MANAGER)) {
            return Mono.error(new AccessDeniedException("C-7: only a manager approves visit plans"));
        }
        Instant now = clock.instant();
        VisitPlan.Status status = approve ? VisitPlan.Status.APPROVED : VisitPlan.Status.REJECTED;
        return transactions.transactional(access.workable(customerId, user)
                .then(visits.findPlan(customerId, planId))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Visit plan", planId)))
                .flatMap(plan -> plan.status() != VisitPlan.Status.PENDING
                        ? Mono.error(new ConflictException("The visit plan was already " + plan.status()))
                        : visits.decide(planId, status, user.id(), now)
                        .then(audit.record(user.id(), "VISIT_PLAN_" + status, "customer", customerId,
                                Map.of("plan", planId.toString())))
                        .then(visits.findPlan(customerId, planId))));
    }

    private Mono<Optional<VisitPlan>> plan(Customer customer, @Nullable UUID planId) {
        if (planId == null) {
            return Mono.just(Optional.empty());
        }
        return visits.findPlan(customer.id(), planId)
                .filter(VisitPlan::isUsable)
                .switchIfEmpty(Mono.error(() -> new InvalidFieldException("visitPlanId",
                        "is not an approved, unused visit plan of this customer")))
                .map(Optional::of);
    }

    /** What a rep files about a visit (C-4). */
    public record NewVisit(String contactPerson, @Nullable String contactTitle, Instant visitedAt,
                           int durationMinutes, Visit.Method method, Visit.Spin spin, @Nullable String objections,
                           @Nullable String commitments, Visit.NextStep nextStep, @Nullable String helpNeeded,
                           boolean progress, boolean clearAnswer, boolean customerInitiated,
                           @Nullable UUID visitPlanId, List<Gift> gifts) {
    }
}
