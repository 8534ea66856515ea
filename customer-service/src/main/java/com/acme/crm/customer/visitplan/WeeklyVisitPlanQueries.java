package com.acme.crm.customer.visitplan;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.CustomerProperties;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/**
 * R-4 reads: the weekly visit plans in the caller's data scope (a rep their own, a manager the team's, directors and
 * the general manager all), one plan with its visits, and its audit history.
 */
@Service
public class WeeklyVisitPlanQueries {

    private final WeeklyVisitPlans plans;
    private final AuditLog audit;
    private final int maxPageSize;

    WeeklyVisitPlanQueries(WeeklyVisitPlans plans, AuditLog audit, CustomerProperties customerProperties) {
        this.plans = plans;
        this.audit = audit;
        this.maxPageSize = customerProperties.maxPageSize();
    }

    /** One page of the plans in the caller's scope matching the filters; newest week first, then by rep. */
    public Mono<PageResponse<WeeklyVisitPlanState>> list(WeeklyVisitPlanQuery query, @Nullable Integer page,
                                                         @Nullable Integer size, CrmUser user) {
        PageRequest request = PageRequest.of(page, size, 50, maxPageSize);
        return scope(user).flatMap(scope -> plans.search(query, scope, request));
    }

    /** One plan with its visits, if the caller's scope includes it. */
    public Mono<WeeklyVisitPlanState> get(UUID id, CrmUser user) {
        return scope(user).flatMap(scope -> WeeklyVisitPlanCommands.visible(plans.findById(id), id, user))
                .map(WeeklyVisitPlan::state);
    }

    /** The plan's audit trail (submission, replacements, confirmation), newest first. */
    public Mono<List<AuditLog.Entry>> history(UUID id, CrmUser user) {
        return get(id, user).flatMap(plan -> audit.history(WeeklyVisitPlanCommands.AUDIT_TYPE, id, 200)
                .collectList());
    }

    private static Mono<DataScope> scope(CrmUser user) {
        DataScope scope = DataScope.of(user);
        return scope.isNone() ? Mono.error(new AccessDeniedException("No visit plan data scope for these roles"))
                : Mono.just(scope);
    }
}
