package com.acme.crm.aftersales.customer;

import java.util.UUID;

/** Who owns a customer, in which team: a ticket or complaint belongs to that team, and data scope is read from it. */
public record CustomerOwnership(UUID customerId, String ownerId, String team) {
}
