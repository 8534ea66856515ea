package com.acme.crm.chassis.archfixture.clean.orders;

/** A plain-Java aggregate. */
public record Order(String id, long version) {
}
