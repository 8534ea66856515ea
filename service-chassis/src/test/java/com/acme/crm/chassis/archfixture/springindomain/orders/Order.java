package com.acme.crm.chassis.archfixture.springindomain.orders;

import org.springframework.util.Assert;

/** A domain class that imports Spring: the rule must fail. */
public record Order(String id) {

    public Order {
        Assert.hasText(id, "id");
    }
}
