package com.acme.crm.aftersales.survey.messaging;

import com.acme.crm.aftersales.survey.SurveyDesk;
import com.acme.crm.chassis.inbox.Inbox;
import com.acme.crm.events.order.OrderAccepted;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * {@code surveyOrderEvents} ({@code crm.order.events}, group {@code aftersales-service-surveys}): each OrderAccepted,
 * deemed or not, issues the order's satisfaction survey, once per event (the chassis inbox) and once per order
 * (the survey table's unique order).
 */
@Configuration(proxyBeanMethods = false)
class SurveyOrderEventsConfiguration {

    @Bean
    Consumer<Message<byte[]>> surveyOrderEvents(Inbox inbox, SurveyDesk surveys) {
        return inbox.consumer("aftersales-survey-orders", handlers -> handlers
                .on(OrderAccepted.class, (event, metadata) ->
                        surveys.orderAccepted(event.orderId(), event.customerId(), event.ownerId(), event.team())));
    }
}
