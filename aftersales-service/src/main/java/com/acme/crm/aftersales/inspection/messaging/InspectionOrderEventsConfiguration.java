package com.acme.crm.aftersales.inspection.messaging;

import com.acme.crm.aftersales.inspection.InspectionDesk;
import com.acme.crm.chassis.inbox.Inbox;
import com.acme.crm.events.order.OrderAccepted;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * {@code inspectionOrderEvents} ({@code crm.order.events}, group {@code aftersales-service-inspections}): an
 * OrderAccepted, deemed or not, makes its customer one that gets a proactive inspection every quarter.
 */
@Configuration(proxyBeanMethods = false)
class InspectionOrderEventsConfiguration {

    @Bean
    Consumer<Message<byte[]>> inspectionOrderEvents(Inbox inbox, InspectionDesk inspections) {
        return inbox.consumer("aftersales-inspection-orders", handlers -> handlers
                .on(OrderAccepted.class, (event, metadata) ->
                        inspections.orderAccepted(event.customerId(), event.ownerId(), event.team())));
    }
}
