package com.acme.crm.analytics.funnel.messaging;

import com.acme.crm.analytics.funnel.FunnelRepository;
import com.acme.crm.analytics.funnel.FunnelStage;
import com.acme.crm.chassis.inbox.Inbox;
import com.acme.crm.events.customer.CustomerRegistered;
import com.acme.crm.events.customer.VisitLogged;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * The {@code customerEvents} binding ({@code crm.customer.events}, group {@code analytics-service}): N-1, a visit
 * to a customer converted from a lead moves that lead to {@code VISITED}; its first visit counts. The registration
 * of a customer converted from a lead (L-6) links the two, so that order-service's events about the customer
 * ({@code QUOTED}, {@code SIGNED}, see {@link OrderEventsConfiguration}) reach the lead. A customer registered
 * directly has no lead, so its visits and orders have no funnel to move.
 */
@Configuration(proxyBeanMethods = false)
class CustomerEventsConfiguration {

    @Bean
    Consumer<Message<byte[]>> customerEvents(Inbox inbox, FunnelRepository funnel) {
        return inbox.consumer("analytics-customers", handlers -> handlers
                .on(CustomerRegistered.class, (event, metadata) -> registered(funnel, event))
                .on(VisitLogged.class, (event, metadata) -> visited(funnel, event)));
    }

    private static Mono<Void> registered(FunnelRepository funnel, CustomerRegistered event) {
        UUID leadId = event.leadId();
        return leadId == null ? Mono.empty() : funnel.customerRegistered(event.customerId(), leadId);
    }

    private static Mono<Void> visited(FunnelRepository funnel, VisitLogged event) {
        UUID leadId = event.leadId();
        return leadId == null ? Mono.empty() : funnel.reached(leadId, FunnelStage.VISITED, event.visitedAt());
    }
}
