package com.acme.crm.order.order;

/** O-4: where an order is on its way to the customer; stages only move forward, in this order. */
public enum Stage {
    SIGNED,
    PRODUCTION_SCHEDULED,
    SHIPPED,
    ARRIVED,
    INSTALLED,
    ACCEPTED;

    /** Whether this stage comes after {@code other}. */
    public boolean isAfter(Stage other) {
        return ordinal() > other.ordinal();
    }
}
