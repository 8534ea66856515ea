package com.acme.crm.customer.plan.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.plan.DailyPlan;
import com.acme.crm.customer.plan.DailyPlanCommands;
import com.acme.crm.customer.plan.DailyPlanQueries;
import com.acme.crm.customer.plan.DailyPlanQuery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * R-3 over HTTP: a rep submits the day's plan, the team's manager approves it or sends it back, the rep files the
 * evening review; lists follow the data scope (a rep their own, a manager the team's, directors all).
 */
@Tag(name = "Daily plans", description = "The rep's morning plan, the manager's decision and the evening review (R-3)")
@RestController
@RequestMapping("/api/plans/daily")
class DailyPlanController {

    /** The sales team; who may do what within it is R-3's business (a manager submitting is refused naming it). */
    static final String SALES_TEAM = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER')";
    /** Reads: the sales team, or a system with the customers.read scope. */
    static final String READERS = SALES_TEAM + " or hasAuthority('SCOPE_" + Scopes.CUSTOMERS_READ + "')";

    private final DailyPlanCommands commands;
    private final DailyPlanQueries queries;

    DailyPlanController(DailyPlanCommands commands, DailyPlanQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Submit (or revise) the caller's daily plan (R-3)",
            description = "Late after the day's deadline (crm.plans.daily-deadline, 09:30 business zone) is flagged, "
                    + "never refused. Target lead ids are stored as given: lead-service owns leads.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SALES_TEAM)
    Mono<PlanView> submitDailyPlan(@Valid @RequestBody PlanRequest request, CrmUser user) {
        return commands.submit(request.toCommand(), user).map(PlanView::of);
    }

    @Operation(summary = "Approve a daily plan or send it back with a comment (R-3)")
    @PostMapping("/{id}/decision")
    @PreAuthorize(SALES_TEAM)
    Mono<PlanView> decideDailyPlan(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request, CrmUser user) {
        return commands.decide(id, request.decision() == Decision.APPROVE, request.comment(), user).map(PlanView::of);
    }

    @Operation(summary = "File the evening review of an approved daily plan (R-3)",
            description = "Visits and target customers visited come from the visit log of the plan's day; each "
                    + "missed target needs a reason under reasons: calls, visits, newIntentCustomers, customer:<id>, "
                    + "lead:<id>.")
    @PostMapping("/{id}/review")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SALES_TEAM)
    Mono<PlanView> reviewDailyPlan(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request, CrmUser user) {
        return commands.review(id, request.toCommand(), user).map(PlanView::of);
    }

    @Operation(summary = "List daily plans in the caller's scope, one page at a time")
    @GetMapping
    @PreAuthorize(READERS)
    Mono<PageResponse<PlanView>> listDailyPlans(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable String rep, @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) DailyPlan.@Nullable Status status,
            @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
            CrmUser user) {
        return queries.list(new DailyPlanQuery(date, rep, team, status), page, size, user)
                .map(found -> found.map(PlanView::of));
    }

    @Operation(summary = "The reps of a team's roster who have not submitted a plan for a day (R-3)")
    @GetMapping("/unsubmitted")
    @PreAuthorize(READERS)
    Mono<DailyPlanQueries.Unsubmitted> unsubmittedDailyPlans(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable String team, CrmUser user) {
        return queries.unsubmitted(date, team, user);
    }

    @Operation(summary = "Read one daily plan with its review")
    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    Mono<PlanView> getDailyPlan(@PathVariable UUID id, CrmUser user) {
        return queries.get(id, user).map(PlanView::of);
    }

    @Operation(summary = "Read a daily plan's audit history")
    @GetMapping("/{id}/history")
    @PreAuthorize(READERS)
    Mono<List<AuditLog.Entry>> dailyPlanHistory(@PathVariable UUID id, CrmUser user) {
        return queries.history(id, user);
    }

    enum Decision { APPROVE, SEND_BACK }

    record DecisionRequest(@NotNull Decision decision, @Size(max = 2000) @Nullable String comment) {
    }

    record PlanRequest(@Size(max = 100) @Nullable String repId, @Nullable LocalDate date,
                       @Size(max = 100) @Nullable List<@NotNull UUID> targetCustomerIds,
                       @Size(max = 100) @Nullable List<@NotNull UUID> targetLeadIds,
                       @Min(0) @Max(1000) @Nullable Integer calls, @Min(0) @Max(100) @Nullable Integer visits,
                       @Min(0) @Max(100) @Nullable Integer newIntentCustomers) {

        DailyPlanCommands.NewPlan toCommand() {
            return new DailyPlanCommands.NewPlan(repId, date,
                    targetCustomerIds == null ? List.of() : targetCustomerIds,
                    targetLeadIds == null ? List.of() : targetLeadIds, calls, visits, newIntentCustomers);
        }
    }

    record ReviewRequest(@NotNull @Min(0) @Max(10000) Integer calls, @NotNull @Min(0) @Max(1000) Integer newIntentCustomers,
                         @Size(max = 100) @Nullable List<@NotNull UUID> contactedLeadIds,
                         @Size(max = 300) @Nullable Map<String, @Size(max = 1000) String> reasons) {

        DailyPlanCommands.Review toCommand() {
            return new DailyPlanCommands.Review(calls, newIntentCustomers,
                    contactedLeadIds == null ? List.of() : contactedLeadIds, reasons == null ? Map.of() : reasons);
        }
    }
}
