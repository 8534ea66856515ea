package com.acme.crm.aftersales.complaint.messaging;

import com.acme.crm.aftersales.complaint.ComplaintEvent;
import com.acme.crm.aftersales.complaint.ComplaintEventPublisher;
import com.acme.crm.aftersales.complaint.ComplaintState;
import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.events.IntegrationEvent;
import com.acme.crm.events.aftersales.ComplaintClockBreached;
import com.acme.crm.events.aftersales.ComplaintClosed;
import com.acme.crm.events.aftersales.ComplaintEscalated;
import com.acme.crm.events.aftersales.ComplaintRaised;
import com.acme.crm.events.aftersales.ComplaintResolved;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Objects;

/**
 * Turns complaint events into the published contract: ids, channel and due times; never the complainant, the content,
 * the plan, the root cause or the actions (B-3).
 */
@Component
class OutboxComplaintEventPublisher implements ComplaintEventPublisher {

    private final Outbox outbox;

    OutboxComplaintEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publishAll(List<ComplaintEvent> events) {
        return events.isEmpty() ? Mono.empty()
                : outbox.appendAll(events.stream().map(OutboxComplaintEventPublisher::toContract).toList());
    }

    static IntegrationEvent toContract(ComplaintEvent event) {
        ComplaintState c = event.complaint();
        if (event instanceof ComplaintEvent.Raised) {
            return new ComplaintRaised(c.id(), c.customerId(), c.ownerId(), c.team(), c.channel().name(),
                    c.relatedOrderId(), c.raisedBy(), c.raisedAt(), c.apologyDueAt());
        }
        if (event instanceof ComplaintEvent.Escalated e) {
            return new ComplaintEscalated(c.id(), c.customerId(), c.ownerId(), c.team(), c.raisedAt(), e.at());
        }
        if (event instanceof ComplaintEvent.Resolved) {
            return new ComplaintResolved(c.id(), c.customerId(), c.ownerId(), c.team(),
                    Objects.requireNonNull(c.resolvedBy()), Objects.requireNonNull(c.resolvedAt()),
                    Objects.requireNonNull(c.callbackDueAt()));
        }
        if (event instanceof ComplaintEvent.Closed) {
            return new ComplaintClosed(c.id(), c.customerId(), c.ownerId(), c.team(),
                    Objects.requireNonNull(c.closedBy()), Objects.requireNonNull(c.closedAt()));
        }
        ComplaintEvent.ClockBreached e = (ComplaintEvent.ClockBreached) event;
        return new ComplaintClockBreached(c.id(), c.customerId(), c.ownerId(), c.team(), e.clock().name(), e.dueAt(),
                e.at());
    }
}
