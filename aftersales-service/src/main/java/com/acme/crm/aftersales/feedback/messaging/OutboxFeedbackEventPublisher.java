package com.acme.crm.aftersales.feedback.messaging;

import com.acme.crm.aftersales.feedback.FeedbackEvent;
import com.acme.crm.aftersales.feedback.FeedbackEventPublisher;
import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.events.aftersales.FeedbackImprovementShipped;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Turns feedback events into the published contract: the closed loop ({@code crm.feedback.improvement-shipped.v1}),
 * ids and classes only, never what the customer said (B-3). Receiving and routing stay inside the service.
 */
@Component
class OutboxFeedbackEventPublisher implements FeedbackEventPublisher {

    private final Outbox outbox;

    OutboxFeedbackEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(FeedbackEvent event) {
        if (event instanceof FeedbackEvent.ImprovementShipped e) {
            return outbox.append(new FeedbackImprovementShipped(e.feedbackId(), e.customerId(), e.ownerId(), e.team(),
                    e.classification().name(), e.queue().name(), e.taskId(), e.taskDueAt(), e.by(), e.at()));
        }
        return Mono.empty();
    }
}
