package com.acme.crm.customer.handover.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.Problems;
import com.acme.crm.customer.customer.web.Callers;
import com.acme.crm.customer.handover.Handover;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/** C-8: one customer, a list, or all of a rep's customers, to another rep (managers). */
@Tag(name = "Customers", description = "Register, read and work customers")
@RestController
@PreAuthorize(Callers.WORKERS)
class HandoverController {

    private final Handover handover;

    HandoverController(Handover handover) {
        this.handover = handover;
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

    record HandoverRequest(@Size(max = 64) @Nullable String fromOwnerId,
                           @Size(max = 10000) @Nullable List<@NotNull UUID> customerIds,
                           @NotBlank @Size(max = 64) String toOwnerId) {
    }
}
