package com.acme.crm.chassis.archfixture.reachin.billing.web;

import com.acme.crm.chassis.archfixture.reachin.orders.Order;
import com.acme.crm.chassis.archfixture.reachin.orders.persistence.OrderRows;

/** An adapter of the billing feature that reads orders through the orders feature's persistence: must fail. */
public record InvoiceView(Order order) {

    public static InvoiceView of(String orderId) {
        return new InvoiceView(OrderRows.of(orderId));
    }
}
