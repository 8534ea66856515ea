package com.acme.crm.lead.lead.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.lead.lead.ArchiveReason;
import com.acme.crm.lead.lead.Contact;
import com.acme.crm.lead.lead.Grade;
import com.acme.crm.lead.lead.LeadLifecycle;
import com.acme.crm.lead.lead.LeadQueries;
import com.acme.crm.lead.lead.LeadRepository;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The commands on one lead; each answers with the lead as it is afterwards. */
@RestController
@RequestMapping("/api/leads/{id}")
@PreAuthorize(LeadController.CAPTURERS)
class LeadCommandsController {

    private final LeadLifecycle lifecycle;
    private final LeadQueries queries;
    private final Clock clock;

    LeadCommandsController(LeadLifecycle lifecycle, LeadQueries queries, Clock clock) {
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.clock = clock;
    }

    /** L-2, B-1: records a contact ({@code at} defaults to now). */
    @PostMapping("/contacts")
    Mono<LeadResponse> contact(@PathVariable UUID id, @Valid @RequestBody ContactRequest request, CrmUser user) {
        return lifecycle.recordContact(id, request.method(), request.direction(), request.outcome(), request.notes(),
                request.at(), user).map(this::render);
    }

    @GetMapping("/contacts")
    @PreAuthorize(LeadController.READERS)
    Mono<List<LeadRepository.ContactEntry>> contacts(@PathVariable UUID id, CrmUser user) {
        return queries.contacts(id, user);
    }

    /** L-4. */
    @PostMapping("/grade")
    Mono<LeadResponse> grade(@PathVariable UUID id, @Valid @RequestBody GradeRequest request, CrmUser user) {
        return lifecycle.grade(id, request.grade(), user).map(this::render);
    }

    /** L-8: managers only. */
    @PostMapping("/assignment")
    Mono<LeadResponse> assign(@PathVariable UUID id, @Valid @RequestBody AssignRequest request, CrmUser user) {
        return lifecycle.assign(id, request.ownerId(), user).map(this::render);
    }

    /** L-5. */
    @PostMapping("/archive")
    Mono<LeadResponse> archive(@PathVariable UUID id, @Valid @RequestBody ArchiveRequest request, CrmUser user) {
        return lifecycle.archive(id, request.reason(), user).map(this::render);
    }

    /** L-5. */
    @PostMapping("/reopen")
    Mono<LeadResponse> reopen(@PathVariable UUID id, CrmUser user) {
        return lifecycle.reopen(id, user).map(this::render);
    }

    /** L-6: publishes LeadConverted; the lead shows its customer id once customer-service has registered it. */
    @PostMapping("/conversion")
    Mono<LeadResponse> convert(@PathVariable UUID id, CrmUser user) {
        return lifecycle.convert(id, user).map(this::render);
    }

    private LeadResponse render(com.acme.crm.lead.lead.Lead lead) {
        return LeadResponse.of(lead, false, clock.instant());
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
