package com.acme.crm.order.customer;

import java.util.UUID;

/** Who owns a customer, in which team: an order or quote follows it, and data scope is read from it. */
public record CustomerOwnership(UUID customerId, String ownerId, String team) {
}
