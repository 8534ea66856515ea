package com.acme.crm.chassis.archfixture.clean.billing;

import com.acme.crm.chassis.archfixture.clean.orders.Order;

/** Another feature, using the orders feature's domain (not its persistence). */
public record Invoice(Order order) {
}
