package com.acme.crm.lead.team.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.events.team.TeamRosterSet;
import com.acme.crm.lead.team.TeamEvents;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;

/** Publishes TeamRosterSet (contracts module) through the outbox. */
@Component
class OutboxTeamEvents implements TeamEvents {

    private final Outbox outbox;

    OutboxTeamEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> rosterSet(String team, List<String> members, String setBy, Instant at) {
        return outbox.append(new TeamRosterSet(team, members, setBy, at));
    }
}
