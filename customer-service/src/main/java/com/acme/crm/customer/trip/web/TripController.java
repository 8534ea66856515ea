package com.acme.crm.customer.trip.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.trip.Trip;
import com.acme.crm.customer.trip.TripCommands;
import com.acme.crm.customer.trip.TripQueries;
import com.acme.crm.customer.trip.TripQuery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * R-4 over HTTP: a rep requests a business trip naming the customers, the rep's team manager approves or rejects it,
 * the rep reports an approved trip after it starts; lists follow the data scope.
 */
@Tag(name = "Business trips", description = "Trip requests, the manager's decision and the trip report (R-4)")
@RestController
@RequestMapping("/api/trips")
class TripController {

    /** The sales team; who may do what within it is R-4's business (a manager requesting is refused naming it). */
    static final String SALES_TEAM = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER')";
    /** Reads: the sales team, or a system with the customers.read scope. */
    static final String READERS = SALES_TEAM + " or hasAuthority('SCOPE_" + Scopes.CUSTOMERS_READ + "')";

    private final TripCommands commands;
    private final TripQueries queries;

    TripController(TripCommands commands, TripQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Request a business trip (R-4)",
            description = "Destination, dates (business zone, not in the past), purpose and the customers, all in the "
                    + "rep's data scope (else 400 naming customerIds[i]).")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SALES_TEAM)
    Mono<TripView> requestTrip(@Valid @RequestBody TripRequest request, CrmUser user) {
        return commands.request(request.toCommand(), user).map(TripView::of);
    }

    @Operation(summary = "Approve or reject a requested business trip (R-4)",
            description = "The rep's team manager, a director or the general manager; a rejection needs a comment.")
    @PostMapping("/{id}/decision")
    @PreAuthorize(SALES_TEAM)
    Mono<TripView> decideTrip(@PathVariable UUID id, @Valid @RequestBody TripDecisionRequest request, CrmUser user) {
        return commands.decide(id, request.decision() == Decision.APPROVE, request.comment(), user)
                .map(TripView::of);
    }

    @Operation(summary = "Report an approved business trip after its start (R-4)",
            description = "Only an APPROVED trip (else 422 naming R-4). visitIds must be the rep's visit log entries "
                    + "to the trip's customers during the trip (else 400 naming visitIds[i]).")
    @PostMapping("/{id}/report")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SALES_TEAM)
    Mono<TripView> reportTrip(@PathVariable UUID id, @Valid @RequestBody TripReportRequest request, CrmUser user) {
        return commands.report(id, request.toCommand(), user).map(TripView::of);
    }

    @Operation(summary = "List business trips in the caller's scope, one page at a time")
    @GetMapping
    @PreAuthorize(READERS)
    Mono<PageResponse<TripView>> listTrips(
            @RequestParam(required = false) @Nullable String rep, @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) Trip.@Nullable Status status,
            @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
            CrmUser user) {
        return queries.list(new TripQuery(rep, team, status), page, size, user).map(found -> found.map(TripView::of));
    }

    @Operation(summary = "Read one business trip")
    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    Mono<TripView> getTrip(@PathVariable UUID id, CrmUser user) {
        return queries.get(id, user).map(TripView::of);
    }

    @Operation(summary = "Read a business trip's audit history")
    @GetMapping("/{id}/history")
    @PreAuthorize(READERS)
    Mono<List<AuditLog.Entry>> tripHistory(@PathVariable UUID id, CrmUser user) {
        return queries.history(id, user);
    }

    enum Decision { APPROVE, REJECT }

    record TripDecisionRequest(@NotNull Decision decision, @Size(max = 2000) @Nullable String comment) {
    }

    record TripRequest(@Size(max = 100) @Nullable String repId, @NotBlank @Size(max = 200) String destination,
                       @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                       @NotBlank @Size(max = 2000) String purpose,
                       @NotNull @Size(min = 1, max = 100) List<@NotNull UUID> customerIds) {

        TripCommands.NewTrip toCommand() {
            return new TripCommands.NewTrip(repId, destination, startDate, endDate, purpose, customerIds);
        }
    }

    record TripReportRequest(@NotBlank @Size(max = 5000) String outcome,
                             @Size(max = 100) @Nullable List<@NotNull UUID> visitIds) {

        TripCommands.Report toCommand() {
            return new TripCommands.Report(outcome, visitIds == null ? List.of() : visitIds);
        }
    }
}
