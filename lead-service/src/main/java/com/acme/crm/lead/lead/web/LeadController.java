package com.acme.crm.lead.lead.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.chassis.web.Problems;
import com.acme.crm.lead.lead.CaptureResult;
import com.acme.crm.lead.lead.Channel;
import com.acme.crm.lead.lead.DuplicateLead;
import com.acme.crm.lead.lead.Grade;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadCapture;
import com.acme.crm.lead.lead.LeadProperties;
import com.acme.crm.lead.lead.LeadQueries;
import com.acme.crm.lead.lead.LeadQuery;
import com.acme.crm.lead.lead.LeadSort;
import com.acme.crm.lead.lead.LeadStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
@Tag(name = "Leads", description = "Capture, read, work and import leads")
@RestController
@RequestMapping("/api/leads")
class LeadController {

    private final LeadCapture capture;
    private final LeadQueries queries;
    private final LeadViews views;
    private final AuditLog audit;
    private final Clock clock;
    private final LeadProperties properties;

    LeadController(LeadCapture capture, LeadQueries queries, LeadViews views, AuditLog audit, Clock clock,
                   LeadProperties properties) {
        this.capture = capture;
        this.queries = queries;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * 201 with the new lead; 200 when the capture merged into an open lead of the caller's scope with the same phone
     * or e-mail (L-3); 409 naming L-3, and nothing else, when that lead is someone else's ({@link DuplicateLead}).
     */
    @Operation(summary = "Capture a lead (L-3: a duplicate merges or is refused)")
    @PostMapping
    @PreAuthorize(LeadAccess.CAPTURERS)
    Mono<ResponseEntity<LeadResponse>> capture(@Valid @RequestBody CaptureLeadRequest request, CrmUser user) {
        return capture.capture(request.toCommand(), user).flatMap(result -> {
            Lead lead = result.lead();
            URI location = URI.create("/api/leads/" + lead.id());
            if (result.outcome() == CaptureResult.Outcome.CREATED) {
                return Mono.just(ResponseEntity.created(location)
                        .body(LeadResponse.of(lead, false, clock.instant(), result.outcome())));
            }
            return views.render(lead, user, result.outcome())
                    .map(body -> ResponseEntity.status(HttpStatus.OK).location(location).body(body));
        });
    }

    /** L-3, B-3: the caller learns that the prospect is taken, not by whom or under which lead. */
    @ExceptionHandler(DuplicateLead.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateLead e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "duplicate-lead", "Business rule " + e.rule(),
                e.getMessage());
        problem.setProperty("rule", e.rule());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @Operation(summary = "Read one lead")
    @GetMapping("/{id}")
    @PreAuthorize(LeadAccess.READERS)
    Mono<LeadResponse> get(@PathVariable UUID id, CrmUser user) {
        return queries.get(id, user).flatMap(lead -> views.render(lead, user));
    }

    /**
     * L-6, B-3: the prospect's contact data, for customer-service creating the customer of a converted lead (a
     * SYSTEM token with {@code leads.contact.read}) or the sales department; audited for anyone but the owner.
     */
    @Operation(summary = "Read a lead's contact data (audited, B-3)")
    @GetMapping("/{id}/contact")
    @PreAuthorize(LeadAccess.CONTACT_READERS)
    Mono<Map<String, Object>> contactData(@PathVariable UUID id, CrmUser user) {
        return queries.get(id, user).flatMap(lead -> views.contactData(lead, user));
    }

    @Operation(summary = "Read a lead's audit history")
    @GetMapping("/{id}/history")
    @PreAuthorize(LeadAccess.READERS)
    Mono<List<AuditLog.Entry>> history(@PathVariable UUID id, CrmUser user) {
        return queries.get(id, user).flatMap(lead -> audit.history("lead", id, 500).collectList());
    }

    @Operation(summary = "Search leads, one page at a time")
    @GetMapping
    @PreAuthorize(LeadAccess.READERS)
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
        return queries.search(query, pageRequest, user).flatMap(found -> views.render(found, user));
    }
}
