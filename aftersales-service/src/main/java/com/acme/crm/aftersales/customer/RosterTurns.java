package com.acme.crm.aftersales.customer;

import reactor.core.publisher.Mono;

/** Whose turn it is on a team's roster, for round-robin assignment. */
public interface RosterTurns {

    /** the next member of the team's roster in round-robin order; empty when the roster is empty. */
    Mono<String> nextOnRoster(String team);
}
