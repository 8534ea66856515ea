package com.acme.crm.aftersales.ticket.web;

import com.acme.crm.aftersales.ticket.Priority;
import com.acme.crm.aftersales.ticket.TicketDesk;
import com.acme.crm.aftersales.ticket.TicketState;
import com.acme.crm.aftersales.ticket.TicketType;
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
 * after-sales tickets. Anyone who serves the customer opens one; the team's service agents (and its manager,
 * the director, the general manager and sales support) answer, resolve, reopen and close it; the owning rep reads it.
 */
@Tag(name = "Tickets", description = "After-sales tickets with first-response and solution deadlines (A-1)")
@RestController
@RequestMapping("/api/tickets")
@PreAuthorize("hasAnyRole('SERVICE_AGENT','SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
        + "'GENERAL_MANAGER','SALES_SUPPORT')")
class TicketController {

    private static final String WORKS_TICKETS = "hasAnyRole('SERVICE_AGENT','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER','SALES_SUPPORT')";

    private final TicketDesk desk;

    TicketController(TicketDesk desk) {
        this.desk = desk;
    }

    @Operation(summary = "Open a ticket for a customer, assigned round-robin to a service agent of its team")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<TicketState> open(@Valid @RequestBody TicketRequest request, CrmUser user) {
        return desk.open(request.customerId(), request.orderId(), TicketType.valueOf(request.type()),
                request.priority() == null ? Priority.NORMAL : Priority.valueOf(request.priority()),
                request.description(), user);
    }

    @Operation(summary = "List the latest tickets in the caller's data scope, or only the escalated open ones")
    @GetMapping
    Mono<List<TicketState>> latest(@RequestParam(defaultValue = "false") boolean escalated, CrmUser user) {
        return desk.latest(user, escalated, 100);
    }

    @Operation(summary = "Read one ticket with its stored deadlines")
    @GetMapping("/{id}")
    Mono<TicketState> find(@PathVariable UUID id, CrmUser user) {
        return desk.find(id, user);
    }

    @Operation(summary = "Record the ticket's first response (stops the response clock)")
    @PostMapping("/{id}/responses")
    @PreAuthorize(WORKS_TICKETS)
    Mono<TicketState> respond(@PathVariable UUID id, CrmUser user) {
        return desk.respond(id, user);
    }

    @Operation(summary = "Record the ticket's solution (stops the solution clock)")
    @PostMapping("/{id}/resolution")
    @PreAuthorize(WORKS_TICKETS)
    Mono<TicketState> resolve(@PathVariable UUID id, CrmUser user) {
        return desk.resolve(id, user);
    }

    @Operation(summary = "Reopen a resolved ticket with a new solution deadline")
    @PostMapping("/{id}/reopening")
    @PreAuthorize(WORKS_TICKETS)
    Mono<TicketState> reopen(@PathVariable UUID id, CrmUser user) {
        return desk.reopen(id, user);
    }

    @Operation(summary = "Close a resolved ticket")
    @PostMapping("/{id}/closure")
    @PreAuthorize(WORKS_TICKETS)
    Mono<TicketState> close(@PathVariable UUID id, CrmUser user) {
        return desk.close(id, user);
    }

    record TicketRequest(
            @NotNull UUID customerId,
            @Nullable UUID orderId,
            @NotNull @Pattern(regexp = "HARDWARE_FAULT|OPERATION_QUESTION|SOFTWARE_BUG",
                    message = "must be HARDWARE_FAULT, OPERATION_QUESTION or SOFTWARE_BUG") String type,
            @NotBlank @Size(max = 4000) String description,
            @Nullable @Pattern(regexp = "LOW|NORMAL|HIGH|URGENT", message = "must be LOW, NORMAL, HIGH or URGENT")
            String priority) {
    }
}
