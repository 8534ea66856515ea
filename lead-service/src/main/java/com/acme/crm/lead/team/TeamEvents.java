package com.acme.crm.lead.team;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;

/** Tells other services about the teams (L-8); called inside the transaction that made the change (outbox). */
public interface TeamEvents {

    /** A team's roster changed; other services learn the team's reps from it. */
    Mono<Void> rosterSet(String team, List<String> members, String setBy, Instant at);
}
