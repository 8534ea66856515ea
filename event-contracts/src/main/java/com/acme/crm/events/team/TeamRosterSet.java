package com.acme.crm.events.team;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.List;

/**
 * L-8: a team's reps, in round-robin order, as its manager set them in lead-service; other services learn who the team's reps are from it.
 *
 * @param members the reps, in round-robin order
 */
@EventType(value = "crm.team.roster-set.v1", topic = Topics.LEAD)
public record TeamRosterSet(
        String team,
        List<String> members,
        String setBy,
        Instant setAt) implements TeamEvent {
}
