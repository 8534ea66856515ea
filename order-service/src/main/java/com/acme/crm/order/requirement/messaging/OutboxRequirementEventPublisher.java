package com.acme.crm.order.requirement.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.events.order.RequirementConfirmed;
import com.acme.crm.order.requirement.RequirementEvent;
import com.acme.crm.order.requirement.RequirementEventPublisher;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** Turns a confirmed requirement into {@code crm.requirement.confirmed.v1}: ids and facts, no contact data (B-3). */
@Component
class OutboxRequirementEventPublisher implements RequirementEventPublisher {

    private final Outbox outbox;

    OutboxRequirementEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(RequirementEvent.Confirmed e) {
        return outbox.append(new RequirementConfirmed(e.requirementId(), e.customerId(), e.ownerId(), e.team(),
                e.lineCount(), e.deliveryBy(), e.deliveryMeaning().name(), e.afterSalesResponseHours(), e.by(), e.at()));
    }
}
