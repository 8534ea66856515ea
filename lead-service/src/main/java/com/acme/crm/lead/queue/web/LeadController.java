package com.acme.crm.lead.queue.web;

import com.acme.crm.lead.LeadAccess;
import com.acme.crm.lead.lead.LeadRepository;
import com.acme.crm.lead.lead.web.LeadResponse;
import com.acme.crm.lead.lead.web.LeadViews;
import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.lead.lead.Channel;
import com.acme.crm.lead.lead.Grade;
import com.acme.crm.lead.LeadProperties;
import com.acme.crm.lead.queue.LeadQueries;
import com.acme.crm.lead.lead.LeadQuery;
import com.acme.crm.lead.lead.LeadStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;


import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The lead queues and one lead: its state, its contact data (audited), its contacts and its history. */
@Tag(name = "Leads", description = "Capture, read, work and import leads")
@RestController
@RequestMapping("/api/leads")
class LeadController {

    private final LeadQueries queries;
    private final LeadViews views;
    private final LeadProperties properties;

    LeadController(LeadQueries queries, LeadViews views, LeadProperties properties) {
        this.queries = queries;
        this.views = views;
        this.properties = properties;
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

    @Operation(summary = "List a lead's contact attempts")
    @GetMapping("/{id}/contacts")
    @PreAuthorize(LeadAccess.READERS)
    Mono<List<LeadRepository.ContactEntry>> contacts(@PathVariable UUID id, CrmUser user) {
        return queries.contacts(id, user);
    }

    @Operation(summary = "Read a lead's audit history")
    @GetMapping("/{id}/history")
    @PreAuthorize(LeadAccess.READERS)
    Mono<List<AuditLog.Entry>> history(@PathVariable UUID id, CrmUser user) {
        return queries.history(id, user);
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
        LeadQuery.Sort order = LeadQuery.Sort.fromParameter(sort);
        if (order == null) {
            throw new InvalidFieldException("sort", "must be one of " + LeadQuery.Sort.allowed());
        }
        PageRequest pageRequest = PageRequest.of(page, size, 20, properties.maxPageSize());
        LeadQuery query = new LeadQuery(status, channel, grade, ownerId, team, overdue, capturedFrom, capturedTo, order);
        return queries.search(query, pageRequest, user).flatMap(found -> views.render(found, user));
    }
}
