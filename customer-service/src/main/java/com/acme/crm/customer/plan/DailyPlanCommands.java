package com.acme.crm.customer.plan;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.audit.AuditedEvents;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.Customers;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * R-3 commands: a rep submits (or revises) the day's plan, the team's manager approves it or sends it back, and the
 * rep files the evening review against it. Each checks the request, then changes the plan, writes its outbox event and
 * its audit entry in one transaction; a refusal changes nothing.
 */
@Service
public class DailyPlanCommands {

    static final String AUDIT_TYPE = "daily-plan";

    private final DailyPlans plans;
    private final Customers customers;
    private final AuditedEvents<DailyPlanEvent> events;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final DailyPlanProperties properties;
    private final PlanCalendar calendar;

    DailyPlanCommands(DailyPlans plans, Customers customers, DailyPlanEventPublisher publisher, AuditLog audit,
                      TransactionalOperator transactions, Clock clock, DailyPlanProperties properties,
                      CustomerProperties customerProperties) {
        this.plans = plans;
        this.customers = customers;
        this.events = new AuditedEvents<>(AUDIT_TYPE, event -> event.plan().id(), publisher::publish,
                publisher::publishAll, audit);
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
        this.calendar = properties.calendar(customerProperties.businessZone());
    }

    /**
     * the caller's plan for {@code date} (today in the business zone when absent); a second submission before
     * approval is a new revision, after approval a 409. Target customers must be the rep's own; target leads belong
     * to lead-service and are stored as given.
     */
    public Mono<DailyPlanState> submit(NewPlan request, CrmUser user) {
        if (!user.hasAny(Role.SALES_REP, Role.ACCOUNT_MANAGER)) {
            return Mono.error(new ForbiddenByRule("R-3", "A daily plan is submitted by the rep it belongs to; "
                    + "managers approve plans, they do not submit them"));
        }
        if (request.repId() != null && !request.repId().equals(user.id())) {
            return Mono.error(new ForbiddenByRule("R-3", "repId: a rep submits only their own daily plan"));
        }
        if (user.team() == null) {
            return Mono.error(new ForbiddenByRule("R-3", "A daily plan is approved by the rep's team manager; "
                    + "this token names no team"));
        }
        Instant now = clock.instant();
        LocalDate date = request.date() == null ? calendar.today(now) : request.date();
        calendar.refusal(date, now).ifPresent(reason -> {
            throw new InvalidFieldException("date", reason);
        });
        List<UUID> customerIds = distinct("targetCustomerIds", request.targetCustomerIds());
        List<UUID> leadIds = distinct("targetLeadIds", request.targetLeadIds());
        DailyCounts targets = targets(request);
        DailyPlan.Draft draft = new DailyPlan.Draft(targets, customerIds, leadIds);
        return transactions.transactional(ownCustomers(customerIds, user.id())
                .then(plans.lockByRepAndDate(user.id(), date)
                        .flatMap(existing -> revise(existing, draft, user, now))
                        .switchIfEmpty(Mono.defer(() -> first(user, date, draft, now)))));
    }

    /** the team's manager (a director, the general manager) approves or sends back a submitted plan. */
    public Mono<DailyPlanState> decide(UUID id, boolean approve, @Nullable String comment, CrmUser user) {
        if (!approve && (comment == null || comment.isBlank())) {
            return Mono.error(new InvalidFieldException("comment", "is required to send a plan back (R-3)"));
        }
        Instant now = clock.instant();
        boolean approver = user.hasAny(Role.SALES_MANAGER, Role.SALES_DIRECTOR, Role.GENERAL_MANAGER);
        return transactions.transactional(visible(plans.lockById(id), id, user).flatMap(plan -> {
            if (approver && !plan.repId().equals(user.id()) && plan.status() != DailyPlan.Status.SUBMITTED) {
                return Mono.error(new ConflictException("R-3", "the plan is " + plan.status()
                        + "; only a submitted plan is approved or sent back"));
            }
            DailyPlanEvent event = plan.decide(approve, comment, user.id(), approver, now);
            return save(plan, event, user, approve ? "DAILY_PLAN_APPROVED" : "DAILY_PLAN_SENT_BACK",
                    Map.of("revision", plan.state().revision()));
        }));
    }

    /**
     * the rep's evening review of an approved plan: visits and the target customers visited are counted from the
     * visit log of the plan's day, calls and new intent customers are as reported; every missed target needs a reason
     * ({@code reasons.calls}, {@code reasons.customer:<id>}, ...). Filed once.
     */
    public Mono<DailyPlanState> review(UUID id, Review request, CrmUser user) {
        Instant now = clock.instant();
        LocalDate today = calendar.today(now);
        return transactions.transactional(visible(plans.lockById(id), id, user).flatMap(plan -> {
            if (plan.status() == DailyPlan.Status.REVIEWED && plan.repId().equals(user.id())) {
                return Mono.error(new ConflictException("R-3", "the review of this plan was filed already"));
            }
            plan.checkReviewable(user.id(), today);
            Set<UUID> contacted = contactedLeads(plan, request.contactedLeadIds());
            LocalDate date = plan.date();
            return plans.visitsFiledBy(plan.repId(), calendar.startOf(date), calendar.startOf(date.plusDays(1)))
                    .collectList().flatMap(visits -> {
                        DailyCounts actuals = new DailyCounts(request.calls(),
                                (int) visits.stream().filter(DailyPlans.LoggedVisit::onSite).count(),
                                request.newIntentCustomers());
                        Set<UUID> visited = visits.stream().map(DailyPlans.LoggedVisit::customerId)
                                .collect(Collectors.toSet());
                        checkReasons(plan, plan.misses(actuals, visited, contacted), request.reasons());
                        DailyPlanEvent event = plan.review(actuals, visited, contacted, request.reasons(), user.id(),
                                today, now);
                        DailyReview review = event.plan().review();
                        return save(plan, event, user, "DAILY_REVIEW_FILED", Map.of("misses", review == null ? 0
                                : review.misses().size(), "visits", actuals.visits()));
                    });
        }));
    }

    private Mono<DailyPlanState> first(CrmUser user, LocalDate date, DailyPlan.Draft draft, Instant now) {
        DailyPlanEvent.Submitted submitted = DailyPlan.submit(UUID.randomUUID(), user.id(), user.team(), date, draft,
                calendar, now);
        return plans.insert(submitted.plan())
                .then(events.publish(submitted, user.id(), "DAILY_PLAN_SUBMITTED",
                        Map.of("date", date.toString(), "late", submitted.plan().late())))
                .thenReturn(submitted.plan());
    }

    private Mono<DailyPlanState> revise(DailyPlan plan, DailyPlan.Draft draft, CrmUser user, Instant now) {
        if (plan.isFinal()) {
            return Mono.error(new ConflictException("R-3", "the plan of " + plan.date() + " was " + plan.status()
                    + "; an approved plan can no longer change"));
        }
        DailyPlanEvent.Submitted revised = plan.revise(draft, user.id(), now);
        return save(plan, revised, user, "DAILY_PLAN_REVISED", Map.of("revision", revised.plan().revision()));
    }

    private Mono<DailyPlanState> save(DailyPlan plan, DailyPlanEvent event, CrmUser user, String action,
                                      Map<String, ?> details) {
        return plans.update(plan.state()).then(events.publish(event, user.id(), action, details))
                .thenReturn(event.plan());
    }

    /** The plan if the caller's data scope includes it (the rep's own, the manager's team, all for directors). */
    static Mono<DailyPlan> visible(Mono<DailyPlan> plan, UUID id, CrmUser user) {
        DataScope scope = DataScope.of(user);
        return plan.filter(p -> scope.includes(p.repId(), p.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Daily plan", id)));
    }

    /** Each target customer must be the rep's: owned, or the rep is its dedicated account manager. */
    private Mono<Void> ownCustomers(List<UUID> ids, String repId) {
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        return customers.findAllById(ids).collectMap(Customer::id, Function.identity()).handle((found, sink) -> {
            for (int i = 0; i < ids.size(); i++) {
                Customer customer = found.get(ids.get(i));
                if (customer == null || !(repId.equals(customer.ownerId()) || repId.equals(customer.accountManagerId()))) {
                    sink.error(new InvalidFieldException("targetCustomerIds[" + i + "]",
                            "is not a customer in your data scope"));
                    return;
                }
            }
            sink.complete();
        }).then();
    }

    private static Set<UUID> contactedLeads(DailyPlan plan, List<UUID> reported) {
        Set<UUID> contacted = new HashSet<>();
        for (int i = 0; i < reported.size(); i++) {
            if (!plan.state().targetLeadIds().contains(reported.get(i))) {
                throw new InvalidFieldException("contactedLeadIds[" + i + "]", "is not a target lead of the plan");
            }
            contacted.add(reported.get(i));
        }
        return contacted;
    }

    /** a reason for every miss; a reason for something that is not a target is a typo. */
    private static void checkReasons(DailyPlan plan, List<String> misses, Map<String, String> reasons) {
        reasons.keySet().stream().sorted().filter(key -> !plan.isTarget(key)).findFirst().ifPresent(key -> {
            throw new InvalidFieldException("reasons." + key, "is not a target of the plan");
        });
        for (String miss : misses) {
            String reason = reasons.get(miss);
            if (reason == null || reason.isBlank()) {
                throw new InvalidFieldException("reasons." + miss, "the target was missed and needs a reason (R-3)");
            }
        }
    }

    private DailyCounts targets(NewPlan request) {
        DailyCounts defaults = properties.defaultTargets();
        return new DailyCounts(request.calls() == null ? defaults.calls() : request.calls(),
                request.visits() == null ? defaults.visits() : request.visits(),
                request.newIntentCustomers() == null ? defaults.newIntentCustomers() : request.newIntentCustomers());
    }

    private static List<UUID> distinct(String field, List<UUID> ids) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw new InvalidFieldException(field + "[" + i + "]", "appears twice");
            }
        }
        return ids;
    }

    /**
     * A rep's plan for a day. Absent targets take the R-1 defaults ({@code crm.plans.daily-*}).
     *
     * @param repId optional; when given it must be the caller
     * @param date optional; today in the business zone when absent
     */
    public record NewPlan(@Nullable String repId, @Nullable LocalDate date, List<UUID> targetCustomerIds,
                         List<UUID> targetLeadIds, @Nullable Integer calls, @Nullable Integer visits,
                         @Nullable Integer newIntentCustomers) {
    }

    /**
     * The evening review as the rep reports it.
     *
     * @param contactedLeadIds target leads the rep contacted that day
     * @param reasons a reason per missed target: {@code calls}, {@code visits}, {@code newIntentCustomers},
     *                {@code customer:<id>}, {@code lead:<id>}
     */
    public record Review(int calls, int newIntentCustomers, List<UUID> contactedLeadIds, Map<String, String> reasons) {
    }
}
