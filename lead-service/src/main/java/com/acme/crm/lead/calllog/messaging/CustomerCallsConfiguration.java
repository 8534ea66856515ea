package com.acme.crm.lead.calllog.messaging;

import com.acme.crm.chassis.inbox.Inbox;
import com.acme.crm.events.customer.CustomerContacted;
import com.acme.crm.lead.calllog.CustomerCalls;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import reactor.core.publisher.Mono;

import java.util.function.Consumer;

/**
 * The {@code customerCalls} binding ({@code crm.customer.events}, group {@code lead-service-call-logs}): a touch by
 * phone lands in the call log of the rep who recorded it, once per event through the inbox; other channels
 * and other customer events are skipped.
 */
@Configuration(proxyBeanMethods = false)
class CustomerCallsConfiguration {

    static final String PHONE = "PHONE";

    @Bean
    Consumer<Message<byte[]>> customerCalls(Inbox inbox, CustomerCalls calls) {
        return inbox.consumer("lead-call-logs", handlers -> handlers
                .on(CustomerContacted.class, (event, metadata) -> PHONE.equals(event.channel())
                        ? calls.record(metadata.eventId(), event.customerId(), event.contactedBy(), event.team(),
                                event.customerInitiated(), event.at())
                        : Mono.empty()));
    }
}
