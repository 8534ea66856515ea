package com.acme.crm.chassis.archfixture.clean.orders.persistence;

import com.acme.crm.chassis.archfixture.clean.orders.Order;

/** An adapter of its own feature: may know the domain. */
public final class OrderRows {

    public static Order of(String id) {
        return new Order(id, 0);
    }
}
