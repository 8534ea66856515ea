package com.acme.crm.customer.visit.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.customer.customer.web.Callers;
import com.acme.crm.customer.visit.Gift;
import com.acme.crm.customer.visit.Visit;
import com.acme.crm.customer.visit.VisitLog;
import com.acme.crm.customer.visit.VisitPlan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The visit log (C-4) and visit plans (C-7). */
@Tag(name = "Customers", description = "Register, read and work customers")
@RestController
class VisitController {

    private final VisitLog visits;

    VisitController(VisitLog visits) {
        this.visits = visits;
    }

    /** C-4: files a visit (C-5, C-7, C-10, B-1 apply). */
    @Operation(summary = "File a visit report (C-4)")
    @PostMapping("/api/customers/{id}/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Callers.WORKERS)
    Mono<Visit> visit(@PathVariable UUID id, @Valid @RequestBody VisitRequest request, CrmUser user) {
        return visits.log(id, request.toCommand(), user);
    }

    /** C-7: asks for a new visit plan. */
    @Operation(summary = "Ask for a visit plan (C-7)")
    @PostMapping("/api/customers/{id}/visit-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Callers.WORKERS)
    Mono<VisitPlan> requestPlan(@PathVariable UUID id, @Valid @RequestBody PlanRequest request, CrmUser user) {
        return visits.requestPlan(id, request.objective(), request.approach(), request.plannedAt(), user);
    }

    /** C-7: the manager decides on a visit plan. */
    @Operation(summary = "Approve or reject a visit plan (C-7)")
    @PostMapping("/api/customers/{id}/visit-plans/{planId}/decision")
    @PreAuthorize(Callers.WORKERS)
    Mono<VisitPlan> decidePlan(@PathVariable UUID id, @PathVariable UUID planId,
                               @Valid @RequestBody PlanDecision request, CrmUser user) {
        return visits.decide(id, planId, request.approve(), user);
    }

    @Operation(summary = "List a customer's visits")
    @GetMapping("/api/customers/{id}/visits")
    @PreAuthorize(Callers.READERS)
    Mono<List<Visit>> visits(@PathVariable UUID id, CrmUser user) {
        return visits.recent(id, user);
    }

    record PlanRequest(@NotBlank @Size(max = 2000) String objective, @Size(max = 2000) @Nullable String approach,
                       @Nullable Instant plannedAt) {
    }

    record PlanDecision(boolean approve) {
    }

    record GiftRequest(@NotBlank @Size(max = 200) String description, @NotNull @DecimalMin("0") BigDecimal value,
                       boolean companyBranded) {
    }

    record NextStepRequest(@Size(max = 100) @Nullable String who, @Nullable Instant when,
                           @Size(max = 1000) @Nullable String what) {
    }

    record VisitRequest(@NotBlank @Size(max = 100) String contactPerson, @Size(max = 100) @Nullable String contactTitle,
                        @NotNull Instant visitedAt, @Min(1) @Max(1440) int durationMinutes, @NotNull Visit.Method method,
                        @Size(max = 2000) @Nullable String situation, @Size(max = 2000) @Nullable String problem,
                        @Size(max = 2000) @Nullable String implication, @Size(max = 2000) @Nullable String needPayoff,
                        @Size(max = 2000) @Nullable String objections, @Size(max = 2000) @Nullable String commitments,
                        @Valid @Nullable NextStepRequest nextStep, @Size(max = 2000) @Nullable String helpNeeded,
                        boolean progress, boolean clearAnswer, boolean customerInitiated, @Nullable UUID visitPlanId,
                        @Size(max = 20) @Nullable List<@Valid @NotNull GiftRequest> gifts) {

        VisitLog.NewVisit toCommand() {
            NextStepRequest next = nextStep == null ? new NextStepRequest(null, null, null) : nextStep;
            return new VisitLog.NewVisit(contactPerson, contactTitle, visitedAt, durationMinutes, method,
                    new Visit.Spin(situation, problem, implication, needPayoff), objections, commitments,
                    new Visit.NextStep(next.who(), next.when(), next.what()), helpNeeded, progress, clearAnswer,
                    customerInitiated, visitPlanId,
                    gifts == null ? List.of() : gifts.stream()
                            .map(g -> new Gift(g.description(), g.value(), g.companyBranded())).toList());
        }
    }
}
