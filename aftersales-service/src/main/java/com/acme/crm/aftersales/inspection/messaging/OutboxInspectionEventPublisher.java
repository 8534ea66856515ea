package com.acme.crm.aftersales.inspection.messaging;

import com.acme.crm.aftersales.inspection.InspectionEvent;
import com.acme.crm.aftersales.inspection.InspectionEventPublisher;
import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.events.aftersales.InspectionDue;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** Turns the quarter's due inspection into {@code crm.inspection.due.v1}; completions stay inside the service. */
@Component
class OutboxInspectionEventPublisher implements InspectionEventPublisher {

    private final Outbox outbox;

    OutboxInspectionEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(InspectionEvent event) {
        if (event instanceof InspectionEvent.Due e) {
            return outbox.append(new InspectionDue(e.inspectionId(), e.customerId(), e.ownerId(), e.team(),
                    e.quarter(), e.dueAt(), e.at()));
        }
        return Mono.empty();
    }
}
