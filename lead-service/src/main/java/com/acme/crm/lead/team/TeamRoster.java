package com.acme.crm.lead.team;

import reactor.core.publisher.Mono;

import java.util.List;

/** L-8: the reps of each team in round-robin order. */
public interface TeamRoster {

    Mono<List<String>> members(String team);

    Mono<Void> replace(String team, List<String> members);

    /** The next rep of the team's round, or empty if the team has no roster. Safe under concurrent captures. */
    Mono<String> nextInRound(String team);

    /** The next {@code count} reps of the round at once (bulk import); empty if the team has no roster. */
    Mono<List<String>> nextInRound(String team, int count);
}
