package com.acme.crm.lead.lead.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadCaptured;
import com.acme.crm.lead.lead.LeadEvent;
import com.acme.crm.lead.lead.LeadEventPublisher;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;

/** Turns domain lead events into the published contract: ids, business facts and fingerprints, no contact data (B-3). */
@Component
class OutboxLeadEventPublisher implements LeadEventPublisher {

    private final Outbox outbox;

    OutboxLeadEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(LeadEvent event) {
        if (event instanceof LeadCaptured captured) {
            return outbox.append(captured(captured.lead()));
        }
        return Mono.error(new IllegalArgumentException("No integration event for " + event.getClass()));
    }

    private static com.acme.crm.events.lead.LeadCaptured captured(Lead lead) {
        return new com.acme.crm.events.lead.LeadCaptured(lead.id(), lead.channel().name(), lead.company(),
                lead.ownerId(), lead.team(), lead.referrerCustomerId(), lead.capturedAt(), lead.firstContactDueAt(),
                lead.followUpEmailDueAt(), fingerprints(lead));
    }

    private static List<String> fingerprints(Lead lead) {
        List<String> fingerprints = new ArrayList<>(2);
        if (lead.contact().phoneFingerprint() != null) {
            fingerprints.add(lead.contact().phoneFingerprint());
        }
        if (lead.contact().emailFingerprint() != null) {
            fingerprints.add(lead.contact().emailFingerprint());
        }
        return fingerprints;
    }
}
