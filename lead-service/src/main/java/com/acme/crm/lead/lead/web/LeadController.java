package com.acme.crm.lead.lead.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.lead.lead.CaptureResult;
import com.acme.crm.lead.lead.Channel;
import com.acme.crm.lead.lead.Grade;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadCapture;
import com.acme.crm.lead.lead.LeadProperties;
import com.acme.crm.lead.lead.LeadQueries;
import com.acme.crm.lead.lead.LeadQuery;
import com.acme.crm.lead.lead.LeadSort;
import com.acme.crm.lead.lead.LeadStatus;
import com.acme.crm.lead.lead.LeadState;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Capture leads and read the queues, a lead's contact data, contacts and history. */
@RestController
@RequestMapping("/api/leads")
class LeadController {

    static final String READERS = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','SALES_SUPPORT','SYSTEM')";
    static final String CAPTURERS = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','SYSTEM')";

    private final LeadCapture capture;
    private final LeadQueries queries;
    private final AuditLog audit;
    private final Clock clock;
    private final LeadProperties properties;

    LeadController(LeadCapture capture, LeadQueries queries, AuditLog audit, Clock clock, LeadProperties properties) {
        this.capture = capture;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** 201 with the new lead; 200 when the capture merged into an open lead with the same phone or e-mail (L-3). */
    @PostMapping
    @PreAuthorize(CAPTURERS)
    Mono<ResponseEntity<Object>> capture(@Valid @RequestBody CaptureLeadRequest request, CrmUser user) {
        return capture.capture(request.toCommand(), user).map(result -> {
            Lead lead = result.lead();
            URI location = URI.create("/api/leads/" + lead.id());
            if (result.outcome() == CaptureResult.Outcome.CREATED) {
                return ResponseEntity.created(location)
                        .body(LeadResponse.of(lead, false, clock.instant(), result.outcome()));
            }
            Object body = DataScope.of(user).includes(lead.ownerId(), lead.team())
                    ? LeadResponse.of(lead, false, clock.instant(), result.outcome())
                    : Map.of("id", lead.id(), "outcome", result.outcome());
            return ResponseEntity.status(HttpStatus.OK).location(location).body(body);
        });
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    Mono<LeadResponse> get(@PathVariable UUID id, CrmUser user) {
        return queries.get(id, user).flatMap(lead -> {
            boolean masked = !user.isOnSalesTeam();
            Mono<Void> audited = masked || lead.ownerId().equals(user.id()) ? Mono.empty()
                    : audit.record(user.id(), "CONTACT_READ", "lead", lead.id(), Map.of("owner", lead.ownerId()));
            return audited.thenReturn(LeadResponse.of(lead, masked, clock.instant()));
        });
    }

    /**
     * L-6, B-3: the prospect's contact data, for customer-service creating the customer of a converted lead (a
     * SYSTEM token) or the sales team; always audited for anyone but the owner.
     */
    @GetMapping("/{id}/contact")
    @PreAuthorize("hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','SYSTEM')")
    Mono<Map<String, Object>> contactData(@PathVariable UUID id, CrmUser user) {
        return queries.get(id, user).flatMap(lead -> {
            LeadState s = lead.state();
            Mono<Void> audited = lead.ownerId().equals(user.id()) ? Mono.empty()
                    : audit.record(user.id(), "CONTACT_READ", "lead", id, Map.of("owner", lead.ownerId()));
            Map<String, Object> contact = new java.util.LinkedHashMap<>();
            contact.put("leadId", id);
            contact.put("name", s.name());
            contact.put("company", s.company());
            contact.put("phone", s.contact().phone());
            contact.put("email", s.contact().email());
            return audited.thenReturn(contact);
        });
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(READERS)
    Mono<List<AuditLog.Entry>> history(@PathVariable UUID id, CrmUser user) {
        return queries.get(id, user).flatMap(lead -> audit.history("lead", id, 500).collectList());
    }

    @GetMapping
    @PreAuthorize(READERS)
    Mono<PageResponse<LeadResponse>> search(
            @RequestParam(required = false) @Nullable LeadStatus status,
            @RequestParam(required = false) @Nullable Channel channel,
            @RequestParam(required = false) @Nullable Grade grade,
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
        LeadQuery query = new LeadQuery(status, channel, grade, ownerId, team, overdue, capturedFrom, capturedTo, order);
        boolean masked = !user.isOnSalesTeam();
        Instant now = clock.instant();
        return queries.search(query, pageRequest, user).flatMap(found -> {
            var othersLeads = found.items().stream().filter(lead -> !lead.ownerId().equals(user.id()))
                    .map(Lead::id).toList();
            Mono<Void> audited = masked ? Mono.empty() : audit.recordAll(user.id(), "CONTACT_READ", "lead", othersLeads);
            return audited.thenReturn(found.map(lead -> LeadResponse.of(lead, masked, now)));
        });
    }
}
