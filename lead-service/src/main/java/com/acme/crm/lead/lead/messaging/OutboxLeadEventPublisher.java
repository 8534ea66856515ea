package com.acme.crm.lead.lead.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.chassis.privacy.ContactFingerprints;
import com.acme.crm.events.IntegrationEvent;
import com.acme.crm.events.lead.LeadArchived;
import com.acme.crm.events.lead.LeadAssigned;
import com.acme.crm.events.lead.LeadCaptured;
import com.acme.crm.events.lead.LeadContacted;
import com.acme.crm.events.lead.LeadConverted;
import com.acme.crm.events.lead.LeadFirstContactSlaBreached;
import com.acme.crm.events.lead.LeadGraded;
import com.acme.crm.events.lead.LeadMerged;
import com.acme.crm.events.lead.LeadReopened;
import com.acme.crm.events.lead.NurtureTaskDue;
import com.acme.crm.lead.lead.LeadEvent;
import com.acme.crm.lead.lead.LeadEventPublisher;
import com.acme.crm.lead.lead.LeadState;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Turns domain lead events into the published contract: ids, business facts and contact fingerprints, never the
 * contact data (B-3).
 */
@Component
class OutboxLeadEventPublisher implements LeadEventPublisher {

    private final Outbox outbox;

    OutboxLeadEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(LeadEvent event) {
        return outbox.append(toContract(event));
    }

    @Override
    public Mono<Void> publishAll(List<LeadEvent> events) {
        return outbox.appendAll(events.stream().map(OutboxLeadEventPublisher::toContract).toList());
    }

    static IntegrationEvent toContract(LeadEvent event) {
        LeadState s = event.lead();
        if (event instanceof LeadEvent.Captured) {
            return new LeadCaptured(s.id(), s.channel().name(), s.company(), s.ownerId(), s.team(),
                    s.referrerCustomerId(), s.capturedAt(), s.firstContactDueAt(), s.followUpEmailDueAt(),
                    fingerprints(s));
        }
        if (event instanceof LeadEvent.Merged merged) {
            return new LeadMerged(s.id(), merged.channel().name(), merged.capturedBy(), merged.at());
        }
        if (event instanceof LeadEvent.Assigned assigned) {
            return new LeadAssigned(s.id(), s.ownerId(), assigned.previousOwnerId(), s.team(), assigned.assignedBy(),
                    assigned.at());
        }
        if (event instanceof LeadEvent.Contacted contacted) {
            return new LeadContacted(s.id(), s.ownerId(), s.team(), contacted.contact().method().name(),
                    contacted.contact().direction().name(), contacted.contact().outcome().name(), contacted.first(),
                    contacted.withinSla(), contacted.contact().at());
        }
        if (event instanceof LeadEvent.Graded graded) {
            return new LeadGraded(s.id(), s.ownerId(), s.team(), s.grade().name(),
                    graded.previous() == null ? null : graded.previous().name(), graded.at());
        }
        if (event instanceof LeadEvent.SlaBreached breached) {
            return new LeadFirstContactSlaBreached(s.id(), s.ownerId(), s.team(), breached.sla().name(),
                    breached.dueAt(), breached.at());
        }
        if (event instanceof LeadEvent.Archived archived) {
            return new LeadArchived(s.id(), s.ownerId(), s.team(), archived.reason().name(), archived.by(),
                    archived.at());
        }
        if (event instanceof LeadEvent.Reopened reopened) {
            return new LeadReopened(s.id(), s.ownerId(), s.team(), reopened.by(), reopened.at());
        }
        if (event instanceof LeadEvent.Converted converted) {
            return new LeadConverted(s.id(), s.ownerId(), s.team(), s.company(), s.channel().name(),
                    s.grade().name(), s.referrerCustomerId(), s.linkedCustomerId(), fingerprints(s), converted.by(),
                    converted.at());
        }
        if (event instanceof LeadEvent.NurtureDue nurture) {
            return new NurtureTaskDue(s.id(), nurture.taskId(), s.ownerId(), s.team(), s.lastTouchAt(),
                    nurture.dueAt());
        }
        throw new IllegalArgumentException("No integration event for " + event.getClass());
    }

    private static List<String> fingerprints(LeadState s) {
        return ContactFingerprints.present(s.contact().phoneFingerprint(), s.contact().emailFingerprint());
    }
}
