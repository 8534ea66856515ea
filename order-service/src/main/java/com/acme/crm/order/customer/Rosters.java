package com.acme.crm.order.customer;

import reactor.core.publisher.Mono;

import java.util.List;

/** Team rosters as lead-service last published them (L-8). */
public interface Rosters {

    Mono<Void> replace(String team, List<String> members);

    Mono<Boolean> isMember(String team, String member);
}
