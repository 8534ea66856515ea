package com.acme.crm.lead.lead.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.lead.LeadAccess;
import com.acme.crm.lead.lead.ArchiveReason;
import com.acme.crm.lead.lead.Contact;
import com.acme.crm.lead.lead.Grade;
import com.acme.crm.lead.lead.LeadLifecycle;
import com.acme.crm.lead.queue.LeadQueries;
import com.acme.crm.lead.lead.LeadRepository;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/**
 * The commands on one lead; each answers with the lead as it is afterwards, masked and audited like a read (B-3).
 * Sales support reads leads but does not work them, so it is not among the callers here.
 */
@Tag(name = "Leads", description = "Capture, read, work and import leads")
@RestController
@RequestMapping("/api/leads/{id}")
@PreAuthorize(LeadAccess.CAPTURERS)
class LeadCommandsController {

    private final LeadLifecycle lifecycle;
    private final LeadViews views;

    LeadCommandsController(LeadLifecycle lifecycle, LeadViews views) {
        this.lifecycle = lifecycle;
        this.views = views;
    }

    /** L-2, B-1: records a contact ({@code at} defaults to now). */
    @Operation(summary = "Record a contact attempt with the prospect")
    @PostMapping("/contacts")
    Mono<LeadResponse> contact(@PathVariable UUID id, @Valid @RequestBody ContactRequest request, CrmUser user) {
        return lifecycle.recordContact(id, request.method(), request.direction(), request.outcome(), request.notes(),
                request.at(), user).flatMap(lead -> views.render(lead, user));
    }

    /** L-4. */
    @Operation(summary = "Grade a lead")
    @PostMapping("/grade")
    Mono<LeadResponse> grade(@PathVariable UUID id, @Valid @RequestBody GradeRequest request, CrmUser user) {
        return lifecycle.grade(id, request.grade(), user).flatMap(lead -> views.render(lead, user));
    }

    /** L-8: managers (of the lead's team: the data scope) and directors only; the lead's open tasks go along. */
    @Operation(summary = "Assign a lead to a rep")
    @PostMapping("/assignment")
    @PreAuthorize(LeadAccess.ASSIGNERS)
    Mono<LeadResponse> assign(@PathVariable UUID id, @Valid @RequestBody AssignRequest request, CrmUser user) {
        return lifecycle.assign(id, request.ownerId(), user).flatMap(lead -> views.render(lead, user));
    }

    /** L-5. */
    @Operation(summary = "Archive a lead")
    @PostMapping("/archive")
    Mono<LeadResponse> archive(@PathVariable UUID id, @Valid @RequestBody ArchiveRequest request, CrmUser user) {
        return lifecycle.archive(id, request.reason(), user).flatMap(lead -> views.render(lead, user));
    }

    /** L-5. */
    @Operation(summary = "Reopen an archived lead")
    @PostMapping("/reopen")
    Mono<LeadResponse> reopen(@PathVariable UUID id, CrmUser user) {
        return lifecycle.reopen(id, user).flatMap(lead -> views.render(lead, user));
    }

    /** L-6: publishes LeadConverted; the lead shows its customer id once customer-service has registered it. */
    @Operation(summary = "Convert a lead into a customer")
    @PostMapping("/conversion")
    Mono<LeadResponse> convert(@PathVariable UUID id, CrmUser user) {
        return lifecycle.convert(id, user).flatMap(lead -> views.render(lead, user));
    }

    record ContactRequest(@NotNull Contact.Method method, @NotNull Contact.Direction direction,
                          @NotNull Contact.Outcome outcome, @Size(max = 2000) @Nullable String notes,
                          @Nullable Instant at) {
    }

    record GradeRequest(@NotNull Grade grade) {
    }

    record AssignRequest(@NotBlank @Size(max = 64) String ownerId) {
    }

    record ArchiveRequest(@NotNull ArchiveReason reason) {
    }
}
