package com.acme.crm.lead.lead;

import com.acme.crm.chassis.audit.AuditLog;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/** Stores a changed lead with its event and its audit entry; callers run it inside their transaction. */
@Component
public class LeadChanges {

    private final LeadRepository leads;
    private final LeadEventPublisher events;
    private final AuditLog audit;

    LeadChanges(LeadRepository leads, LeadEventPublisher events, AuditLog audit) {
        this.leads = leads;
        this.events = events;
        this.audit = audit;
    }

    /** Persists the change (optimistic lock), publishes the event and records who did what. */
    public Mono<Lead> save(LeadEvent event, String actor, String action, Map<String, ?> details) {
        return leads.update(event.lead()).then(publish(event, actor, action, details));
    }

    /** Publishes and audits many events of one actor with one write each (jobs and bulk commands). */
    public Mono<Void> publishAll(String actor, List<Change> changes) {
        if (changes.isEmpty()) {
            return Mono.empty();
        }
        return events.publishAll(changes.stream().map(Change::event).toList())
                .then(audit.recordEach(actor, "lead", changes.stream()
                        .map(c -> new AuditLog.Record(c.action(), c.event().lead().id(), c.details())).toList()));
    }

    /** An event with the audit entry that goes with it. */
    public record Change(LeadEvent event, String action, Map<String, ?> details) {
    }

    /** Publishes and audits an event whose lead was stored another way (a new lead, say). */
    public Mono<Lead> publish(LeadEvent event, String actor, String action, Map<String, ?> details) {
        return events.publish(event)
                .then(audit.record(actor, action, "lead", event.lead().id(), details))
                .thenReturn(event.lead());
    }
}
