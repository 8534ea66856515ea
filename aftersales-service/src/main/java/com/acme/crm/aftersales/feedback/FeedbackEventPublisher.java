package com.acme.crm.aftersales.feedback;

import reactor.core.publisher.Mono;

/** Publishes a feedback event inside the transaction of the change (the outbox makes them atomic). */
public interface FeedbackEventPublisher {

    /** Publishes the event if it has an integration event; the others stay inside the service. */
    Mono<Void> publish(FeedbackEvent event);
}
