package com.acme.crm.customer.tier.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.customer.customer.web.Callers;
import com.acme.crm.customer.customer.web.CustomerViews;
import com.acme.crm.customer.tier.TierCommands;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.util.UUID;

/** A manager pins tier A (C-1) and names the dedicated account manager (C-3). */
@Tag(name = "Customers", description = "Register, read and work customers")
@RestController
@PreAuthorize(Callers.WORKERS)
class TierController {

    private final TierCommands commands;

    TierController(TierCommands commands) {
        this.commands = commands;
    }

    /** C-1: pins A (managers). */
    @Operation(summary = "Pin a customer to tier A (C-1)")
    @PostMapping("/api/customers/{id}/tier-pin")
    Mono<CustomerViews.CustomerView> pin(@PathVariable UUID id, @Valid @RequestBody PinRequest request, CrmUser user) {
        return commands.pinTierA(id, request.reason(), user).map(CustomerViews::of);
    }

    @Operation(summary = "Remove a customer's tier-A pin (C-1)")
    @DeleteMapping("/api/customers/{id}/tier-pin")
    Mono<CustomerViews.CustomerView> unpin(@PathVariable UUID id, CrmUser user) {
        return commands.unpinTier(id, user).map(CustomerViews::of);
    }

    /** C-3: names the dedicated account manager (managers). */
    @Operation(summary = "Name the dedicated account manager (C-3)")
    @PutMapping("/api/customers/{id}/account-manager")
    Mono<CustomerViews.CustomerView> accountManager(@PathVariable UUID id,
                                                    @Valid @RequestBody AccountManagerRequest request, CrmUser user) {
        return commands.assignAccountManager(id, request.accountManagerId(), user).map(CustomerViews::of);
    }

    record PinRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record AccountManagerRequest(@NotBlank @Size(max = 64) String accountManagerId) {
    }
}
