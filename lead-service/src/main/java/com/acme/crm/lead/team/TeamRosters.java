package com.acme.crm.lead.team;

import com.acme.crm.chassis.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** L-8: reads and sets a team's round-robin roster; setting it publishes TeamRosterSet and is audited. */
@Service
public class TeamRosters {

    private final TeamRoster roster;
    private final TeamEvents events;
    private final AuditLog audit;
    private final TransactionalOperator transactions;
    private final Clock clock;

    TeamRosters(TeamRoster roster, TeamEvents events, AuditLog audit, TransactionalOperator transactions, Clock clock) {
        this.roster = roster;
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Mono<List<String>> members(String team) {
        return roster.members(team);
    }

    /** Replaces the roster (each rep once, in the given order) in one transaction with its event and audit entry. */
    public Mono<List<String>> replace(String team, List<String> requested, String setBy) {
        List<String> members = List.copyOf(new LinkedHashSet<>(requested));
        return transactions.transactional(roster.replace(team, members)
                .then(events.rosterSet(team, members, setBy, clock.instant()))
                .then(audit.record(setBy, "ROSTER_SET", "team", team, Map.of("members", members))))
                .thenReturn(members);
    }
}
