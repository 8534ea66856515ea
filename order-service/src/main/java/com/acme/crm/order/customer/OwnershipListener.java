package com.acme.crm.order.customer;

import com.acme.crm.chassis.team.CustomerOwnership;

import reactor.core.publisher.Mono;

/**
 * Told, inside the inbox transaction, that a customer has a (new) owner and team, so the records that follow their
 * customer (requirements, quotes) move with it (C-8).
 */
public interface OwnershipListener {

    Mono<Void> ownerChanged(CustomerOwnership ownership);
}
