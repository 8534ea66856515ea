package com.acme.crm.aftersales.ticket.messaging;

import com.acme.crm.aftersales.ticket.TicketEvent;
import com.acme.crm.aftersales.ticket.TicketEventPublisher;
import com.acme.crm.aftersales.ticket.TicketState;
import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.events.IntegrationEvent;
import com.acme.crm.events.aftersales.TicketClosed;
import com.acme.crm.events.aftersales.TicketOpened;
import com.acme.crm.events.aftersales.TicketReopened;
import com.acme.crm.events.aftersales.TicketResolved;
import com.acme.crm.events.aftersales.TicketResponded;
import com.acme.crm.events.aftersales.TicketSlaBreached;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Objects;

/** Turns ticket events into the published contract: ids, types and due times, never the description (B-3). */
@Component
class OutboxTicketEventPublisher implements TicketEventPublisher {

    private final Outbox outbox;

    OutboxTicketEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publishAll(List<TicketEvent> events) {
        return events.isEmpty() ? Mono.empty()
                : outbox.appendAll(events.stream().map(OutboxTicketEventPublisher::toContract).toList());
    }

    static IntegrationEvent toContract(TicketEvent event) {
        TicketState t = event.ticket();
        if (event instanceof TicketEvent.Opened) {
            return new TicketOpened(t.id(), t.customerId(), t.orderId(), t.type().name(), t.priority().name(),
                    t.team(), t.assigneeId(), t.openedBy(), t.openedAt(), t.responseDueAt(), t.resolutionDueAt());
        }
        if (event instanceof TicketEvent.Responded) {
            return new TicketResponded(t.id(), t.customerId(), t.team(), Objects.requireNonNull(t.respondedBy()),
                    Objects.requireNonNull(t.respondedAt()));
        }
        if (event instanceof TicketEvent.Resolved) {
            return new TicketResolved(t.id(), t.customerId(), t.team(), Objects.requireNonNull(t.resolvedBy()),
                    Objects.requireNonNull(t.resolvedAt()));
        }
        if (event instanceof TicketEvent.Reopened e) {
            return new TicketReopened(t.id(), t.customerId(), t.team(), e.by(), e.at(), t.resolutionDueAt());
        }
        if (event instanceof TicketEvent.Closed e) {
            return new TicketClosed(t.id(), t.customerId(), t.team(), e.by(), Objects.requireNonNull(t.closedAt()));
        }
        TicketEvent.SlaBreached e = (TicketEvent.SlaBreached) event;
        return new TicketSlaBreached(t.id(), t.customerId(), t.team(), e.clock().name(), e.dueAt(), e.at());
    }
}
