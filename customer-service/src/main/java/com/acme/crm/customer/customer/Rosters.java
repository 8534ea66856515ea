package com.acme.crm.customer.customer;

import reactor.core.publisher.Mono;

import java.util.List;

/** C-8: who the reps of each team are, as lead-service publishes the rosters. */
public interface Rosters {

    Mono<Void> replace(String team, List<String> members);

    Mono<Boolean> isMember(String team, String member);
}
