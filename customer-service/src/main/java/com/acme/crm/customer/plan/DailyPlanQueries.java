package com.acme.crm.customer.plan;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.CustomerProperties;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * R-3 reads: the daily plans in the caller's data scope (a rep their own, a manager the team's, directors and the
 * general manager all), one plan with its review and audit history, and the manager's morning view of the reps on
 * the team's roster who have not submitted a plan for a day.
 */
@Service
public class DailyPlanQueries {

    private final DailyPlans plans;
    private final AuditLog audit;
    private final Clock clock;
    private final PlanCalendar calendar;
    private final int maxPageSize;

    DailyPlanQueries(DailyPlans plans, AuditLog audit, Clock clock, DailyPlanProperties properties,
                     CustomerProperties customerProperties) {
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
        this.calendar = properties.calendar(customerProperties.businessZone());
        this.maxPageSize = customerProperties.maxPageSize();
    }

    /** One page of the plans in the caller's scope matching the filters. */
    public Mono<PageResponse<DailyPlanState>> list(DailyPlanQuery query, @Nullable Integer page, @Nullable Integer size,
                                                   CrmUser user) {
        PageRequest request = PageRequest.of(page, size, 50, maxPageSize);
        return scope(user).flatMap(scope -> plans.search(query, scope, request));
    }

    /** One plan with its review, if the caller's scope includes it. */
    public Mono<DailyPlanState> get(UUID id, CrmUser user) {
        return scope(user).flatMap(scope -> DailyPlanCommands.visible(plans.findById(id), id, user))
                .map(DailyPlan::state);
    }

    /** The plan's audit trail (submissions, revisions, decisions, the review), newest first. */
    public Mono<List<AuditLog.Entry>> history(UUID id, CrmUser user) {
        return get(id, user).flatMap(plan -> audit.history(DailyPlanCommands.AUDIT_TYPE, id, 200).collectList());
    }

    /**
     * the reps of a team's roster without a plan for {@code date} (today when absent): a manager sees their own
     * team; a director or the general manager names the team.
     */
    public Mono<Unsubmitted> unsubmitted(@Nullable LocalDate date, @Nullable String team, CrmUser user) {
        LocalDate day = date == null ? calendar.today(clock.instant()) : date;
        return scope(user).flatMap(scope -> {
            String which;
            if (scope.all()) {
                if (team == null || team.isBlank()) {
                    return Mono.error(new InvalidFieldException("team", "is required to see who has not submitted"));
                }
                which = team;
            } else if (scope.team() != null) {
                if (team != null && !team.equals(scope.team())) {
                    return Mono.error(new NotFoundException("Team", team));
                }
                which = scope.team();
            } else {
                return Mono.error(new AccessDeniedException("R-3: the team's managers see who has not submitted"));
            }
            return plans.unsubmitted(which, day).collectList().map(reps -> new Unsubmitted(day, which, reps));
        });
    }

    private static Mono<DataScope> scope(CrmUser user) {
        DataScope scope = DataScope.of(user);
        return scope.isNone() ? Mono.error(new AccessDeniedException("No daily plan data scope for these roles"))
                : Mono.just(scope);
    }

    /** who on the team's roster has no plan for the day. */
    public record Unsubmitted(LocalDate date, String team, List<String> repIds) {
    }
}
