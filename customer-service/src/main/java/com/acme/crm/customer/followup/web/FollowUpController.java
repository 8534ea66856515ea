package com.acme.crm.customer.followup.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.customer.customer.web.Callers;
import com.acme.crm.customer.customer.web.CustomerViews;
import com.acme.crm.customer.followup.FollowUpCommands;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/** A rep's touches (B-1, C-6, C-2) and a customer's pause (C-6). */
@Tag(name = "Customers", description = "Register, read and work customers")
@RestController
class FollowUpController {

    private final FollowUpCommands commands;

    FollowUpController(FollowUpCommands commands) {
        this.commands = commands;
    }

    /** B-1, C-6, C-2: a call, e-mail or WeChat message with the customer. */
    @Operation(summary = "Record a contact with the customer")
    @PostMapping("/api/customers/{id}/touches")
    @PreAuthorize(Callers.WORKERS)
    Mono<CustomerViews.CustomerView> touch(@PathVariable UUID id, @Valid @RequestBody TouchRequest request, CrmUser user) {
        return commands.recordContact(id, request.channel(), request.customerInitiated(), request.at(), request.note(),
                user).map(CustomerViews::of);
    }

    /** C-6: "not needed for now". */
    @Operation(summary = "Pause contact with a customer (C-6)")
    @PostMapping("/api/customers/{id}/pause")
    @PreAuthorize(Callers.WORKERS)
    Mono<CustomerViews.CustomerView> pause(@PathVariable UUID id, @Valid @RequestBody PauseRequest request, CrmUser user) {
        return commands.pause(id, request.days(), request.reason(), user).map(CustomerViews::of);
    }

    record TouchRequest(@NotNull @Pattern(regexp = "PHONE|EMAIL|WECHAT|OTHER") String channel,
                        boolean customerInitiated, @Nullable Instant at, @Size(max = 2000) @Nullable String note) {
    }

    record PauseRequest(@Min(1) @Max(365) @Nullable Integer days, @Size(max = 500) @Nullable String reason) {
    }
}
