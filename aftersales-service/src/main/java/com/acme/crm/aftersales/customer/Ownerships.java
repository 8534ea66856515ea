package com.acme.crm.aftersales.customer;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/** The stored ownership projection and the team rosters' round-robin turn. */
public interface Ownerships {

    /** Records or replaces a customer's owner and team. */
    Mono<Void> put(CustomerOwnership ownership, Instant at);

    Mono<CustomerOwnership> find(UUID customerId);

    /** the next member of the team's roster in round-robin order; empty when the roster is empty. */
    Mono<String> nextOnRoster(String team);
}
