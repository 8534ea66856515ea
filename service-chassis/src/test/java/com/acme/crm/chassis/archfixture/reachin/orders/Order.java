package com.acme.crm.chassis.archfixture.reachin.orders;

/** A plain-Java aggregate. */
public record Order(String id) {
}
