package com.acme.crm.customer.customer.messaging;

import com.acme.crm.chassis.inbox.Inbox;
import com.acme.crm.customer.customer.CustomerRegistration;
import com.acme.crm.customer.customer.Rosters;
import com.acme.crm.customer.customer.Tiers;
import com.acme.crm.events.lead.LeadConverted;
import com.acme.crm.events.order.OrderSigned;
import com.acme.crm.events.order.PaymentReceived;
import com.acme.crm.events.team.TeamRosterSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * What customer-service reacts to. Each reaction is one handler line: a complaint or a churn warning (when
 * aftersales and analytics publish them) will open a retention task the same way.
 * <ul>
 * <li>{@code leadEvents} ({@code crm.lead.events}): a converted lead becomes a customer (L-6); team rosters tell who
 * may receive a handover (C-8).</li>
 * <li>{@code orderEvents} ({@code crm.order.events}): signed orders and payments recompute the tier (C-1).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class CustomerInboundEvents {

    @Bean
    Consumer<Message<byte[]>> leadEvents(Inbox inbox, CustomerRegistration registration, Rosters rosters) {
        return inbox.consumer("customer-leads", handlers -> handlers
                .on(LeadConverted.class, (event, metadata) -> registration.fromConvertedLead(event.leadId(),
                        event.ownerId(), event.team(), event.company(), event.linkedCustomerId(),
                        event.contactFingerprints()))
                .on(TeamRosterSet.class, (event, metadata) -> rosters.replace(event.team(), event.members())));
    }

    @Bean
    Consumer<Message<byte[]>> orderEvents(Inbox inbox, Tiers tiers) {
        return inbox.consumer("customer-orders", handlers -> handlers
                .on(OrderSigned.class, (event, metadata) ->
                        tiers.orderSigned(event.orderId(), event.customerId(), event.amount(), event.signedAt()))
                .on(PaymentReceived.class, (event, metadata) -> tiers.recompute(event.customerId())));
    }
}
