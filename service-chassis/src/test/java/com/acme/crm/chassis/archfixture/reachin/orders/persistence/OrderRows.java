package com.acme.crm.chassis.archfixture.reachin.orders.persistence;

import com.acme.crm.chassis.archfixture.reachin.orders.Order;

/** The orders feature's persistence. */
public final class OrderRows {

    public static Order of(String id) {
        return new Order(id);
    }
}
