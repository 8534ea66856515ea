package com.acme.crm.customer.followup.messaging;

import com.acme.crm.chassis.inbox.Inbox;
import com.acme.crm.customer.followup.Retention;
import com.acme.crm.events.aftersales.ComplaintRaised;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * {@code aftersalesEvents} ({@code crm.aftersales.events}): a raised complaint opens a retention task for the
 * customer's owner. The topic's other events (tickets, feedback, surveys, inspections) are skipped.
 */
@Configuration(proxyBeanMethods = false)
class AftersalesEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> aftersalesEvents(Inbox inbox, Retention retention) {
        return inbox.consumer("customer-aftersales", handlers -> handlers
                .on(ComplaintRaised.class, (event, metadata) ->
                        retention.complaintRaised(event.customerId(), event.complaintId())));
    }
}
