package com.acme.crm.customer.visitplan.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.visitplan.WeeklyVisitPlan;
import com.acme.crm.customer.visitplan.WeeklyVisitPlanCommands;
import com.acme.crm.customer.visitplan.WeeklyVisitPlanQueries;
import com.acme.crm.customer.visitplan.WeeklyVisitPlanQuery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * R-4 over HTTP: a rep submits next week's visit plan, the rep's team manager confirms it (each visit becomes a task on
 * the rep's due list on its day); lists follow the data scope (a rep their own, a manager the team's, directors all).
 */
@Tag(name = "Weekly visit plans", description = "Next week's visit plan and the manager's confirmation (R-4)")
@RestController
@RequestMapping("/api/plans/weekly")
class WeeklyVisitPlanController {

    /** The sales team; who may do what within it is R-4's business (a manager submitting is refused naming it). */
    static final String SALES_TEAM = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER')";
    /** Reads: the sales team, or a system with the customers.read scope. */
    static final String READERS = SALES_TEAM + " or hasAuthority('SCOPE_" + Scopes.CUSTOMERS_READ + "')";
    /** The most visits a week's plan holds. */
    static final int MAX_VISITS = 200;

    private final WeeklyVisitPlanCommands commands;
    private final WeeklyVisitPlanQueries queries;

    WeeklyVisitPlanController(WeeklyVisitPlanCommands commands, WeeklyVisitPlanQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Submit (or replace) the caller's visit plan of a week (R-4)",
            description = "week is the Monday of the planned week (next week in the business zone when absent). Due "
                    + "before crm.plans.weekly-deadline (15:30) on crm.plans.weekly-last-working-day (FRIDAY) of the "
                    + "week before: later is flagged late, never refused. Replacing a confirmed plan is a 409.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SALES_TEAM)
    Mono<WeeklyVisitPlanView> submitWeeklyVisitPlan(@Valid @RequestBody WeeklyVisitPlanRequest request, CrmUser user) {
        return commands.submit(request.toCommand(), user).map(WeeklyVisitPlanView::of);
    }

    @Operation(summary = "Confirm a submitted weekly visit plan (R-4)",
            description = "The rep's team manager, a director or the general manager. Each planned visit opens a "
                    + "PLANNED_VISIT task for the rep, due at the start of its day.")
    @PostMapping("/{id}/confirmation")
    @PreAuthorize(SALES_TEAM)
    Mono<WeeklyVisitPlanView> confirmWeeklyVisitPlan(@PathVariable UUID id, CrmUser user) {
        return commands.confirm(id, user).map(WeeklyVisitPlanView::of);
    }

    @Operation(summary = "List weekly visit plans in the caller's scope, one page at a time")
    @GetMapping
    @PreAuthorize(READERS)
    Mono<PageResponse<WeeklyVisitPlanView>> listWeeklyVisitPlans(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate week,
            @RequestParam(required = false) @Nullable String rep, @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) WeeklyVisitPlan.@Nullable Status status,
            @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
            CrmUser user) {
        return queries.list(new WeeklyVisitPlanQuery(week, rep, team, status), page, size, user)
                .map(found -> found.map(WeeklyVisitPlanView::of));
    }

    @Operation(summary = "Read one weekly visit plan with its visits")
    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    Mono<WeeklyVisitPlanView> getWeeklyVisitPlan(@PathVariable UUID id, CrmUser user) {
        return queries.get(id, user).map(WeeklyVisitPlanView::of);
    }

    @Operation(summary = "Read a weekly visit plan's audit history")
    @GetMapping("/{id}/history")
    @PreAuthorize(READERS)
    Mono<List<AuditLog.Entry>> weeklyVisitPlanHistory(@PathVariable UUID id, CrmUser user) {
        return queries.history(id, user);
    }

    record WeeklyVisitPlanRequest(@Size(max = 100) @Nullable String repId, @Nullable LocalDate week,
                       @NotNull @Size(min = 1, max = MAX_VISITS) List<@NotNull @Valid PlannedVisitRequest> visits) {

        WeeklyVisitPlanCommands.NewPlan toCommand() {
            return new WeeklyVisitPlanCommands.NewPlan(repId, week,
                    visits.stream().map(PlannedVisitRequest::toCommand).toList());
        }
    }

    record PlannedVisitRequest(@NotNull UUID customerId, @NotNull LocalDate day, @NotBlank @Size(max = 500) String purpose,
                        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal expectedSales,
                        @NotNull @Positive @Max(100) Integer routeOrder) {

        WeeklyVisitPlanCommands.NewVisit toCommand() {
            return new WeeklyVisitPlanCommands.NewVisit(customerId, day, purpose, expectedSales, routeOrder);
        }
    }
}
