package com.acme.crm.lead.lead;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.audit.AuditedEvents;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/** Stores a changed lead with its event and its audit entry; callers run it inside their transaction. */
@Component
public class LeadChanges {

    private final LeadRepository leads;
    private final AuditedEvents<LeadEvent> events;

    LeadChanges(LeadRepository leads, LeadEventPublisher events, AuditLog audit) {
        this.leads = leads;
        this.events = new AuditedEvents<>("lead", LeadEvent::leadId, events::publish, events::publishAll,
                audit);
    }

    /** Persists the changed lead (optimistic lock), publishes the event and records who did what. */
    public Mono<Lead> save(Lead lead, LeadEvent event, String actor, String action, Map<String, ?> details) {
        return leads.update(lead).then(publish(lead, event, actor, action, details));
    }

    /** Publishes and audits many events of one actor with one write each (jobs and bulk commands). */
    public Mono<Void> publishAll(String actor, List<Change> changes) {
        return events.publishAll(actor, changes);
    }

    /** An event with the audit entry that goes with it. */
    public record Change(LeadEvent event, String action, Map<String, ?> details)
            implements AuditedEvents.Change<LeadEvent> {
    }

    /** Publishes and audits an event whose lead was stored another way (a new lead, say). */
    public Mono<Lead> publish(Lead lead, LeadEvent event, String actor, String action, Map<String, ?> details) {
        return events.publish(event, actor, action, details).thenReturn(lead);
    }
}
