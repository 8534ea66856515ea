package com.acme.crm.customer.keyaccount.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.customer.customer.web.Callers;
import com.acme.crm.customer.keyaccount.KeyAccountService;
import com.acme.crm.customer.keyaccount.RhythmTask;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

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

import java.util.UUID;

/**
 * C-12 over HTTP: the managers' quarter view of A-tier business reviews, and marking a customer's rhythm task done
 * (the review or the in-depth conversation was held).
 */
@Tag(name = "Key accounts", description = "The quarterly business review and in-depth conversation rhythm (C-12)")
@RestController
@RequestMapping("/api/key-accounts")
class KeyAccountController {

    /** Managers, directors and the general manager (the team's or everyone's), or a system with customers.read. */
    static final String MANAGERS = "hasAnyRole('SALES_MANAGER','SALES_DIRECTOR','GENERAL_MANAGER') or hasAuthority('SCOPE_"
            + Scopes.CUSTOMERS_READ + "')";

    private final KeyAccountService service;

    KeyAccountController(KeyAccountService service) {
        this.service = service;
    }

    @Operation(summary = "The quarter's business reviews of A-tier customers (C-12)",
            description = "Per customer that is A-tier now or has a review task of the quarter: NOT_OPENED (turned A "
                    + "after the quarter's run; reviewed from the next quarter), OPEN, OVERDUE or DONE. quarter is "
                    + "YYYY-Qn (default: the current one, business zone); a manager sees the team's customers.")
    @GetMapping("/rhythm")
    @PreAuthorize(MANAGERS)
    Mono<KeyAccountService.Reviews> keyAccountRhythm(
            @RequestParam(required = false) @Nullable String quarter,
            @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
            CrmUser user) {
        return Mono.defer(() -> service.reviews(quarter, team, page, size, user));
    }

    @Operation(summary = "Mark a customer's open business review or in-depth conversation done (C-12)")
    @PostMapping("/{customerId}/completions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Callers.WORKERS)
    Mono<Void> completeRhythmTask(@PathVariable UUID customerId, @Valid @RequestBody Completion request,
                                  CrmUser user) {
        return service.complete(customerId, request.kind(), user);
    }

    record Completion(@NotNull RhythmTask kind) {
    }
}
