package com.acme.crm.events.team;

import com.acme.crm.events.IntegrationEvent;

/** Events about one team, keyed by the team's name. */
public sealed interface TeamEvent extends IntegrationEvent permits TeamRosterSet {

    String team();

    @Override
    default String aggregateId() {
        return team();
    }
}
