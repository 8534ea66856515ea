package com.acme.crm.customer.customer.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.Problems;
import com.acme.crm.customer.customer.CustomerCommands;
import com.acme.crm.customer.customer.Gift;
import com.acme.crm.customer.customer.Handover;
import com.acme.crm.customer.customer.Visit;
import com.acme.crm.customer.customer.VisitLog;
import com.acme.crm.customer.customer.VisitPlan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The commands of a rep's and a manager's week on customers. */
@Tag(name = "Customers", description = "Register, read and work customers")
@RestController
@PreAuthorize(CustomerController.WORKERS)
class CustomerCommandsController {

    private final CustomerCommands commands;
    private final VisitLog visits;
    private final Handover handover;

    CustomerCommandsController(CustomerCommands commands, VisitLog visits, Handover handover) {
        this.commands = commands;
        this.visits = visits;
        this.handover = handover;
    }

    /** B-1, C-6, C-2: a call, e-mail or WeChat message with the customer. */
    @Operation(summary = "Record a contact with the customer")
    @PostMapping("/api/customers/{id}/touches")
    Mono<CustomerViews.CustomerView> touch(@PathVariable UUID id, @Valid @RequestBody TouchRequest request, CrmUser user) {
        return commands.recordContact(id, request.channel(), request.customerInitiated(), request.at(), request.note(),
                user).map(customer -> CustomerViews.of(customer, null, false));
    }

    /** C-4: files a visit (C-5, C-7, C-10, B-1 apply). */
    @Operation(summary = "File a visit report (C-4)")
    @PostMapping("/api/customers/{id}/visits")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Visit> visit(@PathVariable UUID id, @Valid @RequestBody VisitRequest request, CrmUser user) {
        return visits.log(id, request.toCommand(), user);
    }

    /** C-7: asks for a new visit plan. */
    @Operation(summary = "Ask for a visit plan (C-7)")
    @PostMapping("/api/customers/{id}/visit-plans")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<VisitPlan> requestPlan(@PathVariable UUID id, @Valid @RequestBody PlanRequest request, CrmUser user) {
        return visits.requestPlan(id, request.objective(), request.approach(), request.plannedAt(), user);
    }

    /** C-7: the manager decides on a visit plan. */
    @Operation(summary = "Approve or reject a visit plan (C-7)")
    @PostMapping("/api/customers/{id}/visit-plans/{planId}/decision")
    Mono<VisitPlan> decidePlan(@PathVariable UUID id, @PathVariable UUID planId,
                               @Valid @RequestBody PlanDecision request, CrmUser user) {
        return visits.decide(id, planId, request.approve(), user);
    }

    /** C-6: "not needed for now". */
    @Operation(summary = "Pause contact with a customer (C-6)")
    @PostMapping("/api/customers/{id}/pause")
    Mono<CustomerViews.CustomerView> pause(@PathVariable UUID id, @Valid @RequestBody PauseRequest request, CrmUser user) {
        return commands.pause(id, request.days(), request.reason(), user).map(c -> CustomerViews.of(c, null, false));
    }

    /** C-1: pins A (managers). */
    @Operation(summary = "Pin a customer to tier A (C-1)")
    @PostMapping("/api/customers/{id}/tier-pin")
    Mono<CustomerViews.CustomerView> pin(@PathVariable UUID id, @Valid @RequestBody PinRequest request, CrmUser user) {
        return commands.pinTierA(id, request.reason(), user).map(c -> CustomerViews.of(c, null, false));
    }

    @Operation(summary = "Remove a customer's tier-A pin (C-1)")
    @DeleteMapping("/api/customers/{id}/tier-pin")
    Mono<CustomerViews.CustomerView> unpin(@PathVariable UUID id, CrmUser user) {
        return commands.unpinTier(id, user).map(c -> CustomerViews.of(c, null, false));
    }

    /** C-3: names the dedicated account manager (managers). */
    @Operation(summary = "Name the dedicated account manager (C-3)")
    @PutMapping("/api/customers/{id}/account-manager")
    Mono<CustomerViews.CustomerView> accountManager(@PathVariable UUID id,
                                                    @Valid @RequestBody AccountManagerRequest request, CrmUser user) {
        return commands.assignAccountManager(id, request.accountManagerId(), user)
                .map(c -> CustomerViews.of(c, null, false));
    }

    /** C-8: one customer, a list, or all of a rep's customers, to another rep of the team (managers). */
    @Operation(summary = "Hand customers over to another rep (C-8)")
    @PostMapping("/api/customers/handover")
    Mono<Handover.Result> handOver(@Valid @RequestBody HandoverRequest request, CrmUser user) {
        return handover.handOver(request.fromOwnerId(), request.customerIds() == null ? List.of() : request.customerIds(),
                request.toOwnerId(), user);
    }

    /** C-8: a manager token without a team is misconfigured; say so rather than "your role does not allow this". */
    @ExceptionHandler(Handover.ManagerWithoutTeam.class)
    Mono<ResponseEntity<ProblemDetail>> managerWithoutTeam(Handover.ManagerWithoutTeam e) {
        // A Mono: the class-level method security wraps this handler too, and it only wraps reactive methods.
        return Mono.just(ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage())));
    }

    record TouchRequest(@NotNull @Pattern(regexp = "PHONE|EMAIL|WECHAT|OTHER") String channel,
                        boolean customerInitiated, @Nullable Instant at, @Size(max = 2000) @Nullable String note) {
    }

    record PauseRequest(@Min(1) @Max(365) @Nullable Integer days, @Size(max = 500) @Nullable String reason) {
    }

    record PinRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record AccountManagerRequest(@NotBlank @Size(max = 64) String accountManagerId) {
    }

    record HandoverRequest(@Size(max = 64) @Nullable String fromOwnerId, @Size(max = 10000) @Nullable List<@NotNull UUID> customerIds,
                           @NotBlank @Size(max = 64) String toOwnerId) {
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
