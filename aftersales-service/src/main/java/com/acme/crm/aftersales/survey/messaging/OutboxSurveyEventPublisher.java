package com.acme.crm.aftersales.survey.messaging;

import com.acme.crm.aftersales.survey.SurveyEvent;
import com.acme.crm.aftersales.survey.SurveyEventPublisher;
import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.events.IntegrationEvent;
import com.acme.crm.events.aftersales.SurveyAnswered;
import com.acme.crm.events.aftersales.SurveyIssued;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** Turns survey events into the published contract ({@code crm.survey.*.v1}): ids and scores, no comments. */
@Component
class OutboxSurveyEventPublisher implements SurveyEventPublisher {

    private final Outbox outbox;

    OutboxSurveyEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(SurveyEvent event) {
        return outbox.append(toContract(event));
    }

    static IntegrationEvent toContract(SurveyEvent event) {
        if (event instanceof SurveyEvent.Issued e) {
            return new SurveyIssued(e.surveyId(), e.customerId(), e.ownerId(), e.team(), e.kind().name(), e.orderId(),
                    e.quarter(), e.at());
        }
        SurveyEvent.Answered e = (SurveyEvent.Answered) event;
        return new SurveyAnswered(e.surveyId(), e.customerId(), e.team(), e.satisfaction(), e.nps(), e.band().name(),
                e.by(), e.at());
    }
}
