package com.acme.crm.customer.visitplan;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.audit.AuditedEvents;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.followup.Task;
import com.acme.crm.customer.followup.TaskKind;
import com.acme.crm.customer.followup.Tasks;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * R-4 commands: a rep submits (or replaces) next week's visit plan; the rep's team manager confirms it, which opens a
 * PLANNED_VISIT task per visit, due at the start of its day, in the same transaction. Each checks the request, then
 * changes the plan, writes its outbox event and audit entry in one transaction; a refusal changes nothing.
 */
@Service
public class WeeklyVisitPlanCommands {

    static final String AUDIT_TYPE = "weekly-visit-plan";

    private final WeeklyVisitPlans plans;
    private final RepCustomers repCustomers;
    private final Tasks tasks;
    private final AuditedEvents<WeeklyVisitPlanEvent> events;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final PlanningWeek calendar;

    WeeklyVisitPlanCommands(WeeklyVisitPlans plans, RepCustomers repCustomers, Tasks tasks,
                            WeeklyVisitPlanEventPublisher publisher, AuditLog audit,
                            TransactionalOperator transactions, Clock clock, WeeklyVisitPlanProperties properties,
                            CustomerProperties customerProperties) {
        this.plans = plans;
        this.repCustomers = repCustomers;
        this.tasks = tasks;
        this.events = new AuditedEvents<>(AUDIT_TYPE, event -> event.plan().id(), publisher::publish,
                publisher::publishAll, audit);
        this.transactions = transactions;
        this.clock = clock;
        this.calendar = properties.calendar(customerProperties.businessZone());
    }

    /**
     * R-4: the caller's visit plan for {@code week} (next week in the business zone when absent); a second submission
     * before confirmation replaces it, after confirmation it is a 409. Every customer must be the rep's own.
     */
    public Mono<WeeklyVisitPlanState> submit(NewPlan request, CrmUser user) {
        if (!user.hasAny(Role.SALES_REP, Role.ACCOUNT_MANAGER)) {
            return Mono.error(new ForbiddenByRule("R-4", "A weekly visit plan is submitted by the rep it belongs to; "
                    + "managers confirm plans, they do not submit them"));
        }
        if (request.repId() != null && !request.repId().equals(user.id())) {
            return Mono.error(new ForbiddenByRule("R-4", "repId: a rep submits only their own weekly visit plan"));
        }
        if (user.team() == null) {
            return Mono.error(new ForbiddenByRule("R-4", "A weekly visit plan is confirmed by the rep's team manager; "
                    + "this token names no team"));
        }
        Instant now = clock.instant();
        LocalDate week = request.week() == null ? calendar.nextWeek(now) : request.week();
        calendar.refusal(week, now).ifPresent(reason -> {
            throw new InvalidFieldException("week", reason);
        });
        List<PlannedVisit> visits = checkVisits(week, request.visits());
        return transactions.transactional(repCustomers.check(
                        visits.stream().map(PlannedVisit::customerId).toList(), user.id(),
                        i -> "visits[" + i + "].customerId")
                .then(plans.lockByRepAndWeek(user.id(), week)
                        .flatMap(existing -> replace(existing, visits, user, now))
                        .switchIfEmpty(Mono.defer(() -> first(user, week, visits, now)))));
    }

    /**
     * R-4: the rep's team manager (a director, the general manager) confirms a submitted plan; every planned visit
     * opens a PLANNED_VISIT task for the rep, due at the start of its day, with one statement for all of them.
     */
    public Mono<WeeklyVisitPlanState> confirm(UUID id, CrmUser user) {
        Instant now = clock.instant();
        boolean approver = user.hasAny(Role.SALES_MANAGER, Role.SALES_DIRECTOR, Role.GENERAL_MANAGER);
        return transactions.transactional(visible(plans.lockById(id), id, user).flatMap(plan -> {
            if (approver && !plan.repId().equals(user.id()) && plan.isConfirmed()) {
                return Mono.error(new ConflictException("R-4", "the visit plan of the week of " + plan.weekStart()
                        + " was confirmed already"));
            }
            WeeklyVisitPlanEvent.Confirmed confirmed = plan.confirm(user.id(), approver, UUID::randomUUID, now);
            WeeklyVisitPlanState state = confirmed.plan();
            return tasks.openAll(tasksOf(state, now))
                    .then(plans.update(state))
                    .then(events.publish(confirmed, user.id(), "WEEKLY_VISIT_PLAN_CONFIRMED",
                            Map.of("week", state.weekStart().toString(), "visits", state.visits().size())))
                    .thenReturn(state);
        }));
    }

    /** R-4: one PLANNED_VISIT task per visit, for the rep, due at the start of the visit's business day. */
    private List<Task> tasksOf(WeeklyVisitPlanState plan, Instant now) {
        return plan.visits().stream().map(visit -> new Task(visit.taskId(), visit.customerId(), plan.repId(),
                plan.team(), TaskKind.PLANNED_VISIT, calendar.startOf(visit.day()), null, null, now, null,
                "planned visit, route " + visit.routeOrder() + " (R-4)")).toList();
    }

    private Mono<WeeklyVisitPlanState> first(CrmUser user, LocalDate week, List<PlannedVisit> visits, Instant now) {
        WeeklyVisitPlanEvent.Submitted submitted = WeeklyVisitPlan.submit(UUID.randomUUID(), user.id(),
                user.team(), week, visits, calendar, now);
        return plans.insert(submitted.plan())
                .then(events.publish(submitted, user.id(), "WEEKLY_VISIT_PLAN_SUBMITTED",
                        Map.of("week", week.toString(), "late", submitted.plan().late(), "visits", visits.size())))
                .thenReturn(submitted.plan());
    }

    private Mono<WeeklyVisitPlanState> replace(WeeklyVisitPlan plan, List<PlannedVisit> visits, CrmUser user,
                                               Instant now) {
        if (plan.isConfirmed()) {
            return Mono.error(new ConflictException("R-4", "the visit plan of the week of " + plan.weekStart()
                    + " was confirmed; a confirmed plan can no longer change"));
        }
        WeeklyVisitPlanEvent.Submitted replaced = plan.replace(visits, user.id(), now);
        return plans.update(replaced.plan())
                .then(events.publish(replaced, user.id(), "WEEKLY_VISIT_PLAN_REPLACED",
                        Map.of("revision", replaced.plan().revision(), "visits", visits.size())))
                .thenReturn(replaced.plan());
    }

    /** The plan if the caller's data scope includes it (the rep's own, the manager's team, all for directors). */
    static Mono<WeeklyVisitPlan> visible(Mono<WeeklyVisitPlan> plan, UUID id, CrmUser user) {
        DataScope scope = DataScope.of(user);
        return plan.filter(p -> scope.includes(p.repId(), p.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Weekly visit plan", id)));
    }

    /**
     * R-4: each visit on a day of the week, with a non-negative expected sale, a positive route order unique within
     * its day, and one visit per customer and day; the first offence is named as a field.
     */
    static List<PlannedVisit> checkVisits(LocalDate week, List<NewVisit> visits) {
        Map<LocalDate, Set<Integer>> routes = new HashMap<>();
        Set<String> customerDays = new HashSet<>();
        for (int i = 0; i < visits.size(); i++) {
            NewVisit visit = visits.get(i);
            String field = "visits[" + i + "].";
            if (!PlanningWeek.contains(week, visit.day())) {
                throw new InvalidFieldException(field + "day", "is not a day of the week of " + week + " (R-4)");
            }
            if (visit.expectedSales().signum() < 0) {
                throw new InvalidFieldException(field + "expectedSales", "must not be negative");
            }
            if (visit.routeOrder() < 1) {
                throw new InvalidFieldException(field + "routeOrder", "must be positive");
            }
            if (!routes.computeIfAbsent(visit.day(), d -> new HashSet<>()).add(visit.routeOrder())) {
                throw new InvalidFieldException(field + "routeOrder", "is used twice on " + visit.day());
            }
            if (!customerDays.add(visit.customerId() + "@" + visit.day())) {
                throw new InvalidFieldException(field + "customerId", "is planned twice on " + visit.day());
            }
        }
        return visits.stream().map(v -> new PlannedVisit(v.customerId(), v.day(), v.purpose().strip(),
                v.expectedSales(), v.routeOrder(), null)).toList();
    }

    /**
     * A rep's plan for a week (R-4).
     *
     * @param repId optional; when given it must be the caller
     * @param week optional; the Monday of the week, next week in the business zone when absent
     */
    public record NewPlan(@Nullable String repId, @Nullable LocalDate week, List<NewVisit> visits) {
    }

    /** One visit as the rep plans it (R-4). */
    public record NewVisit(UUID customerId, LocalDate day, String purpose, BigDecimal expectedSales, int routeOrder) {
    }
}
