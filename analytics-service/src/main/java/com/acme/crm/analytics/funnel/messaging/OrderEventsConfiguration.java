package com.acme.crm.analytics.funnel.messaging;

import com.acme.crm.analytics.funnel.FunnelRepository;
import com.acme.crm.analytics.funnel.FunnelStage;
import com.acme.crm.chassis.inbox.Inbox;
import com.acme.crm.events.order.OrderSigned;
import com.acme.crm.events.order.QuoteIssued;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * The {@code orderEvents} binding ({@code crm.order.events}, group {@code analytics-service}): N-1, the first quote
 * issued to a customer (O-2) moves the lead it was converted from to {@code QUOTED}, its first signed order (O-3)
 * to {@code SIGNED}. order-service knows customers, not leads: an event about a customer analytics has not yet seen
 * registered is kept until {@code CustomerRegistered} names the lead. Every other order, quote and requirement
 * event is skipped.
 */
@Configuration(proxyBeanMethods = false)
class OrderEventsConfiguration {

    @Bean
    Consumer<Message<byte[]>> orderEvents(Inbox inbox, FunnelRepository funnel) {
        return inbox.consumer("analytics-orders", handlers -> handlers
                .on(QuoteIssued.class, (event, metadata) ->
                        funnel.customerReached(event.customerId(), FunnelStage.QUOTED, event.issuedAt()))
                .on(OrderSigned.class, (event, metadata) ->
                        funnel.customerReached(event.customerId(), FunnelStage.SIGNED, event.signedAt())));
    }
}
