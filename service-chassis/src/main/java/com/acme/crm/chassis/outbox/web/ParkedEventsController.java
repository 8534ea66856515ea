package com.acme.crm.chassis.outbox.web;

import com.acme.crm.chassis.outbox.ParkedEvent;
import com.acme.crm.chassis.outbox.ParkedEvents;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/ops/outbox/parked} lists the events the outbox relay parked (no payloads);
 * {@code POST /api/ops/outbox/parked/{id}/redrive} sends one again once its cause is fixed. Operators only.
 */
@Tag(name = "Outbox operations", description = "Operators: the outbox events the relay parked")
@RestController
@RequestMapping("/api/ops/outbox/parked")
public class ParkedEventsController {

    private final ParkedEvents parked;

    public ParkedEventsController(ParkedEvents parked) {
        this.parked = parked;
    }

    @Operation(summary = "List the events the outbox relay parked")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    Mono<PageResponse<ParkedEvent>> list(@RequestParam(required = false) @Nullable Integer page,
                                         @RequestParam(required = false) @Nullable Integer size) {
        return Mono.defer(() -> parked.list(PageRequest.of(page, size, 50, 200)));
    }

    @Operation(summary = "Send a parked event again")
    @PostMapping("/{id}/redrive")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('OPERATOR')")
    Mono<ParkedEvent> redrive(@PathVariable long id, CrmUser operator) {
        return parked.redrive(id, operator.id());
    }
}
