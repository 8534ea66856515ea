package com.acme.crm.aftersales.complaint.web;

import com.acme.crm.aftersales.complaint.ComplaintChannel;
import com.acme.crm.aftersales.complaint.ComplaintDesk;
import com.acme.crm.aftersales.complaint.ComplaintState;
import com.acme.crm.chassis.security.CrmUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
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

import java.util.List;
import java.util.UUID;

/**
 * customer complaints. Anyone who serves the customer records one; the team's service agents (and its manager,
 * the director, the general manager and sales support) apologise with an initial plan, execute it, call back and close
 * it with the root cause and improvement actions; the owning rep reads it.
 */
@Tag(name = "Complaints", description = "Customer complaints with chained clocks and escalation (A-2)")
@RestController
@RequestMapping("/api/complaints")
@PreAuthorize("hasAnyRole('SERVICE_AGENT','SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
        + "'GENERAL_MANAGER','SALES_SUPPORT')")
class ComplaintController {

    private static final String HANDLES_COMPLAINTS = "hasAnyRole('SERVICE_AGENT','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER','SALES_SUPPORT')";

    private final ComplaintDesk desk;

    ComplaintController(ComplaintDesk desk) {
        this.desk = desk;
    }

    @Operation(summary = "Record a customer's complaint; the apology and initial plan are due within 30 minutes")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ComplaintState> raise(@Valid @RequestBody ComplaintRequest request, CrmUser user) {
        return desk.raise(request.customerId(), request.complainant(), ComplaintChannel.valueOf(request.channel()),
                request.content(), request.relatedOrderId(), user);
    }

    @Operation(summary = "List the latest complaints in the caller's data scope, or only the escalated open ones")
    @GetMapping
    Mono<List<ComplaintState>> latest(@RequestParam(defaultValue = "false") boolean escalated, CrmUser user) {
        return desk.latest(user, escalated, 100);
    }

    @Operation(summary = "Read one complaint with its stored clocks")
    @GetMapping("/{id}")
    Mono<ComplaintState> find(@PathVariable UUID id, CrmUser user) {
        return desk.find(id, user);
    }

    @Operation(summary = "Record the apology and the initial plan; the plan is due to be executed within 24 hours")
    @PostMapping("/{id}/plan")
    @PreAuthorize(HANDLES_COMPLAINTS)
    Mono<ComplaintState> plan(@PathVariable UUID id, @Valid @RequestBody PlanRequest request, CrmUser user) {
        return desk.plan(id, request.initialPlan(), user);
    }

    @Operation(summary = "Record that the plan was executed; the callback is due within 72 hours")
    @PostMapping("/{id}/resolution")
    @PreAuthorize(HANDLES_COMPLAINTS)
    Mono<ComplaintState> resolve(@PathVariable UUID id, CrmUser user) {
        return desk.resolve(id, user);
    }

    @Operation(summary = "Record the callback to the customer after the resolution")
    @PostMapping("/{id}/callback")
    @PreAuthorize(HANDLES_COMPLAINTS)
    Mono<ComplaintState> callBack(@PathVariable UUID id, CrmUser user) {
        return desk.callBack(id, user);
    }

    @Operation(summary = "Close a resolved complaint with its root cause and improvement actions")
    @PostMapping("/{id}/closure")
    @PreAuthorize(HANDLES_COMPLAINTS)
    Mono<ComplaintState> close(@PathVariable UUID id, @Valid @RequestBody ClosureRequest request, CrmUser user) {
        return desk.close(id, request.rootCause(), request.improvementActions(), user);
    }

    /** @param complainant the complainant's name only; contact data is not taken here (B-3) */
    record ComplaintRequest(
            @NotNull UUID customerId,
            @NotBlank @Size(max = 200) String complainant,
            @NotNull @Pattern(regexp = "PHONE|EMAIL|WECHAT|VISIT|LETTER|OTHER",
                    message = "must be PHONE, EMAIL, WECHAT, VISIT, LETTER or OTHER") String channel,
            @NotBlank @Size(max = 4000) String content,
            @Nullable UUID relatedOrderId) {
    }

    record PlanRequest(@NotBlank @Size(max = 4000) String initialPlan) {
    }

    /** Both may be left out: the refusal then names A-2. */
    record ClosureRequest(@Nullable @Size(max = 4000) String rootCause,
                          @Nullable @Size(max = 4000) String improvementActions) {
    }
}
