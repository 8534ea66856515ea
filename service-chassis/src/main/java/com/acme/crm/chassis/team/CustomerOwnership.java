package com.acme.crm.chassis.team;

import java.util.UUID;

/** Who owns a customer, in which team, as customer-service last published it; data scope is read from it. */
public record CustomerOwnership(UUID customerId, String ownerId, String team) {
}
