package com.acme.crm.customer.tier.messaging;

import com.acme.crm.chassis.inbox.Inbox;
import com.acme.crm.customer.referral.ReferralRequests;
import com.acme.crm.customer.tier.Tiers;
import com.acme.crm.events.order.OrderSigned;
import com.acme.crm.events.order.PaymentReceived;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * {@code orderEvents} ({@code crm.order.events}): signed orders and payments recompute the tier (C-1); a signed order
 * then gives the owner one referral request (L-9, {@link ReferralRequests}) in the same inbox transaction. A complaint
 * opens a retention task in {@code followup/messaging/AftersalesEventsConsumer}; a churn warning (when analytics
 * publishes it) will do the same with one handler line.
 */
@Configuration(proxyBeanMethods = false)
class OrderEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> orderEvents(Inbox inbox, Tiers tiers, ReferralRequests referrals) {
        return inbox.consumer("customer-orders", handlers -> handlers
                .on(OrderSigned.class, (event, metadata) ->
                        tiers.orderSigned(event.orderId(), event.customerId(), event.amount(), event.signedAt())
                                .then(referrals.orderSigned(event.orderId(), event.customerId(), event.signedAt())))
                .on(PaymentReceived.class, (event, metadata) -> tiers.recompute(event.customerId())));
    }
}
