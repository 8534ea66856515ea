package com.acme.crm.events.order;

import com.acme.crm.events.IntegrationEvent;

import java.util.UUID;

/** Events about one order, keyed by its id. */
public sealed interface OrderEvent extends IntegrationEvent permits OrderSigned, PaymentReceived,
        OrderProductionScheduled, OrderShipped, OrderArrived, OrderInstalled, OrderAccepted, OrderAcceptanceRejected,
        OrderDeliveryReminderDue, OrderChangeApproved, CreditSaleApproved, ReceivableOverdue, CollectionConfirmed,
        OrderClosed {

    UUID orderId();

    @Override
    default String aggregateId() {
        return orderId().toString();
    }
}
