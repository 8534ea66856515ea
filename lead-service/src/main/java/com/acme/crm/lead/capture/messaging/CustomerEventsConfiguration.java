package com.acme.crm.lead.capture.messaging;

import com.acme.crm.chassis.inbox.Inbox;
import com.acme.crm.events.customer.CustomerRegistered;
import com.acme.crm.lead.capture.LeadLinks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * The {@code customerEvents} binding ({@code crm.customer.events}, group {@code lead-service}): a registered
 * customer's fingerprints feed duplicate matching (L-3), and a converted lead learns its customer id (L-6).
 */
@Configuration(proxyBeanMethods = false)
class CustomerEventsConfiguration {

    @Bean
    Consumer<Message<byte[]>> customerEvents(Inbox inbox, LeadLinks links) {
        return inbox.consumer("lead-customers", handlers -> handlers
                .on(CustomerRegistered.class, (event, metadata) ->
                        links.customerRegistered(event.customerId(), event.leadId(), event.contactFingerprints())));
    }
}
