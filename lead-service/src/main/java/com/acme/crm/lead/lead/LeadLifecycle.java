package com.acme.crm.lead.lead;

import com.acme.crm.lead.LeadProperties;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.lead.team.TeamRoster;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The commands on an existing lead: contact (L-2, B-1), grade (L-4), assign (L-8), archive and reopen (L-5),
 * convert (L-6). Each loads the lead within the caller's data scope, lets the lead check its rule, and stores the
 * change with its event and audit entry in one transaction. Who may run a command (roles, and for integrating
 * systems their token's scopes) is decided by the web adapter's {@code @PreAuthorize} before it gets here.
 */
@Service
public class LeadLifecycle {

    private final LeadRepository leads;
    private final LeadChanges changes;
    private final OpenTasks tasks;
    private final TeamRoster roster;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final LeadProperties properties;

    LeadLifecycle(LeadRepository leads, LeadChanges changes, OpenTasks tasks, TeamRoster roster,
                  TransactionalOperator transactions, Clock clock, LeadProperties properties) {
        this.leads = leads;
        this.changes = changes;
        this.tasks = tasks;
        this.roster = roster;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /** L-2, B-1: records a contact; the first stops the first-contact clock; it closes open nurture tasks (L-7). */
    public Mono<Lead> recordContact(UUID id, Contact.Method method, Contact.Direction direction,
                                    Contact.Outcome outcome, @Nullable String notes, @Nullable Instant at,
                                    CrmUser user) {
        Instant now = clock.instant();
        Contact contact = new Contact(method, direction, outcome, notes, at == null ? now : at);
        return command(id, user, lead -> {
            // L-2: a deadline passed before this contact is a breach even if the deadline job has not seen it yet.
            List<LeadChanges.Change> missed = lead.detectBreaches(now).stream().map(breach -> new LeadChanges.Change(
                    breach, "SLA_BREACHED", Map.of("sla", breach.sla().name(), "dueAt", breach.dueAt().toString())))
                    .toList();
            LeadEvent.Contacted contacted = lead.recordContact(contact, now, properties.businessZone());
            return changes.publishAll("system", missed)
                    .then(leads.recordContact(id, contact, user.id()))
                    .then(tasks.closeAll(id, now))
                    .then(changes.save(lead, contacted, user.id(), "CONTACTED", Map.of("method", method.name(),
                            "direction", direction.name(), "outcome", outcome.name(), "first", contacted.first())));
        });
    }

    /** L-4: grades a contacted lead; the history of grades is the audit trail. */
    public Mono<Lead> grade(UUID id, Grade grade, CrmUser user) {
        return command(id, user, lead -> {
            LeadEvent.Graded graded = lead.grade(grade, clock.instant());
            Map<String, Object> details = new HashMap<>();
            details.put("grade", grade.name());
            details.put("previous", graded.previous() == null ? null : graded.previous().name());
            return changes.save(lead, graded, user.id(), "GRADED", details);
        });
    }

    /**
     * L-8: a manager of the lead's team (or a director) hands it to another rep of that team; its open tasks go
     * with it, its SLA clock keeps running.
     */
    public Mono<Lead> assign(UUID id, String newOwner, CrmUser user) {
        return command(id, user, lead -> roster.members(lead.team()).flatMap(members -> {
            if (!members.isEmpty() && !members.contains(newOwner)) {
                return Mono.error(new InvalidFieldException("ownerId", newOwner + " is not a member of team " + lead.team()));
            }
            LeadEvent.Assigned assigned = lead.assign(newOwner, user.id(), clock.instant());
            return tasks.moveAll(id, newOwner).then(changes.save(lead, assigned, user.id(), "ASSIGNED",
                    Map.of("owner", newOwner, "previous", assigned.previousOwnerId())));
        }));
    }

    /** L-5: archives an invalid lead with its reason. */
    public Mono<Lead> archive(UUID id, ArchiveReason reason, CrmUser user) {
        return command(id, user, lead -> changes.save(lead, lead.archive(reason, user.id(), clock.instant()), user.id(),
                "ARCHIVED", Map.of("reason", reason.name())));
    }

    /** L-5: reopens an archived lead. */
    public Mono<Lead> reopen(UUID id, CrmUser user) {
        return command(id, user, lead -> changes.save(lead, lead.reopen(user.id(), clock.instant()), user.id(),
                "REOPENED", Map.of()));
    }

    /** L-6: converts a graded lead; customer-service creates the customer from the event. */
    public Mono<Lead> convert(UUID id, CrmUser user) {
        return command(id, user, lead -> changes.save(lead, lead.convert(user.id(), clock.instant()), user.id(),
                "CONVERTED", Map.of()));
    }

    private Mono<Lead> command(UUID id, CrmUser user, Function<Lead, Mono<Lead>> change) {
        DataScope scope = DataScope.of(user);
        return transactions.transactional(leads.lockById(id)
                .filter(lead -> scope.includes(lead.ownerId(), lead.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Lead", id)))
                .flatMap(change));
    }

    /**
     * A lead's open work items (L-7 nurture tasks), kept by the follow-up feature: a contact is the touch they asked
     * for, and they move with the lead to its new owner (L-8).
     */
    public interface OpenTasks {

        /** Closes the lead's open tasks. */
        Mono<Void> closeAll(UUID leadId, Instant at);

        /** L-8: the lead's open tasks move to its new owner. */
        Mono<Void> moveAll(UUID leadId, String newOwner);
    }
}
