package com.acme.crm.aftersales.survey;

import reactor.core.publisher.Mono;

/** Publishes a survey event inside the transaction of the change (the outbox makes them atomic). */
public interface SurveyEventPublisher {

    Mono<Void> publish(SurveyEvent event);
}
