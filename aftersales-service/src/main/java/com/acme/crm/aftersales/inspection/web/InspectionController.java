package com.acme.crm.aftersales.inspection.web;

import com.acme.crm.aftersales.inspection.InspectionDesk;
import com.acme.crm.aftersales.inspection.InspectionState;
import com.acme.crm.aftersales.inspection.InspectionStatus;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Proactive inspections of the caller's team: listed due, overdue or done ({@code ?status=}; another value → 400
 * naming {@code status}); a service agent records one done (a second time → 422 naming A-5).
 */
@Tag(name = "Inspections", description = "Quarterly proactive inspections of customers with an accepted order")
@RestController
@RequestMapping("/api/inspections")
@PreAuthorize("hasAnyRole('SERVICE_AGENT','SALES_MANAGER','SALES_DIRECTOR','GENERAL_MANAGER','SALES_SUPPORT')")
class InspectionController {

    private final InspectionDesk desk;
    private final Clock clock;

    InspectionController(InspectionDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @Operation(summary = "List the team's inspections: due, overdue or done (or all), soonest due first")
    @GetMapping
    Mono<PageResponse<InspectionResponse>> list(@RequestParam(required = false) @Nullable String status,
                                                @RequestParam(required = false) @Nullable Integer page,
                                                @RequestParam(required = false) @Nullable Integer size,
                                                CrmUser user) {
        InspectionStatus wanted = status == null ? null : statusOf(status);
        return desk.list(wanted, user, PageRequest.of(page, size, 50, 200)).map(found -> {
            Instant now = clock.instant();
            return found.map(i -> InspectionResponse.of(i, now));
        });
    }

    @Operation(summary = "Read one inspection")
    @GetMapping("/{id}")
    Mono<InspectionResponse> get(@PathVariable UUID id, CrmUser user) {
        return desk.get(id, user).map(i -> InspectionResponse.of(i, clock.instant()));
    }

    @Operation(summary = "Record the inspection done, with what was found (A-5)")
    @PostMapping("/{id}/completion")
    Mono<InspectionResponse> complete(@PathVariable UUID id, @Valid @RequestBody CompletionRequest request,
                                      CrmUser user) {
        return desk.complete(id, request.findings(), user).map(i -> InspectionResponse.of(i, clock.instant()));
    }

    /** due, overdue or done, in any case. */
    private static InspectionStatus statusOf(String status) {
        for (InspectionStatus candidate : InspectionStatus.values()) {
            if (candidate.name().equalsIgnoreCase(status.trim())) {
                return candidate;
            }
        }
        throw new InvalidFieldException("status", "must be due, overdue or done");
    }

    record CompletionRequest(@NotBlank @Size(max = 4000) String findings) {
    }

    /** An inspection with its status now: due, overdue (past its due time) or done. */
    record InspectionResponse(UUID id, UUID customerId, String team, String quarter, Instant dueAt,
                              InspectionStatus status, InspectionState.@Nullable Completion completion) {

        static InspectionResponse of(InspectionState i, Instant now) {
            return new InspectionResponse(i.id(), i.customerId(), i.team(), i.quarter(), i.dueAt(), i.statusAt(now),
                    i.completion());
        }
    }
}
