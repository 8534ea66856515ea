package com.acme.crm.lead.lead.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.lead.lead.Channel;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadProperties;
import com.acme.crm.lead.lead.LeadQuery;
import com.acme.crm.lead.lead.LeadService;
import com.acme.crm.lead.lead.LeadSort;
import com.acme.crm.lead.lead.LeadStatus;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Capture leads and read the queues. */
@RestController
@RequestMapping("/api/leads")
class LeadController {

    private final LeadService leads;
    private final AuditLog audit;
    private final Clock clock;
    private final LeadProperties properties;

    LeadController(LeadService leads, AuditLog audit, Clock clock, LeadProperties properties) {
        this.leads = leads;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','SYSTEM')")
    Mono<ResponseEntity<LeadResponse>> capture(@Valid @RequestBody CaptureLeadRequest request, CrmUser user) {
        return leads.capture(request.toCommand(), user)
                .map(lead -> ResponseEntity.created(URI.create("/api/leads/" + lead.id()))
                        .body(LeadResponse.of(lead, false, clock.instant())));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','SALES_SUPPORT','SYSTEM')")
    Mono<LeadResponse> get(@PathVariable UUID id, CrmUser user) {
        return leads.get(id, user).flatMap(lead -> {
            boolean masked = !user.isOnSalesTeam();
            Mono<Void> audited = masked || lead.ownerId().equals(user.id()) ? Mono.empty()
                    : audit.record(user.id(), "CONTACT_READ", "lead", lead.id(), Map.of("owner", lead.ownerId()));
            return audited.thenReturn(LeadResponse.of(lead, masked, clock.instant()));
        });
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','SALES_SUPPORT','SYSTEM')")
    Mono<PageResponse<LeadResponse>> search(
            @RequestParam(required = false) @Nullable LeadStatus status,
            @RequestParam(required = false) @Nullable Channel channel,
            @RequestParam(required = false) @Nullable String ownerId,
            @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant capturedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant capturedTo,
            @RequestParam(defaultValue = "firstContactDueAt") String sort,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            CrmUser user) {
        LeadSort order = LeadSort.fromParameter(sort);
        if (order == null) {
            throw new InvalidFieldException("sort", "must be one of " + LeadSort.allowed());
        }
        PageRequest pageRequest = PageRequest.of(page, size, 20, properties.maxPageSize());
        LeadQuery query = new LeadQuery(status, channel, ownerId, team, overdue, capturedFrom, capturedTo, order);
        boolean masked = !user.isOnSalesTeam();
        Instant now = clock.instant();
        return leads.search(query, pageRequest, user).flatMap(found -> {
            var othersLeads = found.items().stream().filter(lead -> !lead.ownerId().equals(user.id()))
                    .map(Lead::id).toList();
            Mono<Void> audited = masked ? Mono.empty() : audit.recordAll(user.id(), "CONTACT_READ", "lead", othersLeads);
            return audited.thenReturn(found.map(lead -> LeadResponse.of(lead, masked, now)));
        });
    }
}
