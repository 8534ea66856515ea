package com.acme.crm.lead.capture;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadChanges;
import com.acme.crm.lead.lead.LeadEvent;
import com.acme.crm.lead.lead.LeadLifecycle;
import com.acme.crm.lead.lead.LeadRepository;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * L-10: a capture that matches another rep's open lead, not contacted for longer than
 * {@code crm.lead.capture.returning-prospect-after} (a week), hands that lead to the capturing rep instead of the
 * L-3 refusal. Runs inside the capture's transaction, after the fingerprints are locked.
 */
@Component
class ReturningProspects {

    private final LeadRepository leads;
    private final LeadChanges changes;
    private final LastContacts lastContacts;
    private final LeadLifecycle.OpenTasks tasks;
    private final ReturningProspect returning;

    ReturningProspects(LeadRepository leads, LeadChanges changes, LastContacts lastContacts,
                       LeadLifecycle.OpenTasks tasks, CaptureProperties properties) {
        this.leads = leads;
        this.changes = changes;
        this.lastContacts = lastContacts;
        this.tasks = tasks;
        this.returning = properties.returningProspect();
    }

    /**
     * L-10: another rep's lead of the capturing rep's team, not contacted for longer than the period, is reassigned
     * to the capturing rep like an L-8 reassignment (history and audit kept, LeadAssigned published, the SLA clock
     * kept, its open tasks moved) and the capture merges into it; within the period, or another team's lead, L-3
     * refuses as before. The lead is locked first, so a contact recorded meanwhile by its owner is seen.
     */
    Mono<CaptureResult> receive(Lead existing, CaptureLead command, CrmUser user, String team, Instant now) {
        String capturer = LeadCapture.chosenOwner(command, user);
        if (capturer == null || !existing.team().equals(team) || capturer.equals(existing.ownerId())) {
            return Mono.error(new DuplicateLead());
        }
        return leads.lockById(existing.id()).flatMap(lead -> lastContacts.of(lead.id())
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(last -> {
                    if (!lead.status().isOpen()
                            || !returning.goesToTheCapturer(lead.state().capturedAt(), last.orElse(null), now)) {
                        return Mono.error(new DuplicateLead());
                    }
                    LeadEvent.Assigned assigned = lead.assign(capturer, user.id(), now);
                    LeadEvent.Merged merged = lead.mergeCapture(command.channel(), user.id(), now);
                    Map<String, Object> details = new HashMap<>();
                    details.put("owner", capturer);
                    details.put("previous", assigned.previousOwnerId());
                    details.put("rule", "L-10");
                    details.put("lastContactAt", last.map(Instant::toString).orElse(null));
                    return tasks.moveAll(lead.id(), capturer)
                            .then(leads.recordCapture(lead.id(), command.channel(), user.id(), now))
                            .then(leads.update(lead))
                            .then(changes.publish(lead, assigned, user.id(), "ASSIGNED", details))
                            .then(changes.publish(lead, merged, user.id(), "MERGED",
                                    Map.of("channel", command.channel().name())))
                            .map(saved -> new CaptureResult(CaptureResult.Outcome.MERGED, saved));
                }));
    }
}
