package com.acme.crm.chassis.team;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Team rosters as lead-service last published them ({@code TeamRosterSet}, L-8), for the services that check who
 * belongs to a team (C-8 handover targets, an order's team). Each such service keeps them in its own database, in a
 * table its own migration creates:
 * <pre>{@code
 * create table team_member (team text not null, member_id text not null, position integer not null,
 *                           primary key (team, member_id));
 * }</pre>
 * A roster event replaces the whole team, so applying it again (a redelivery) changes nothing.
 */
public class TeamRosters {

    private final DatabaseClient db;

    public TeamRosters(DatabaseClient db) {
        this.db = db;
    }

    /** Replaces the team's members with {@code members}, in their order; an empty list empties the team. */
    public Mono<Void> replace(String team, List<String> members) {
        Mono<Void> clear = db.sql("delete from team_member where team = :team").bind("team", team).then();
        return members.isEmpty() ? clear : clear.then(db.sql("""
                        insert into team_member (team, member_id, position)
                        select :team, m, n::int - 1 from unnest(:members) with ordinality as x(m, n)""")
                .bind("team", team).bind("members", members.toArray(String[]::new)).then());
    }

    /** Whether {@code member} is on the team's last published roster. */
    public Mono<Boolean> isMember(String team, String member) {
        return db.sql("select exists (select 1 from team_member where team = :team and member_id = :member)")
                .bind("team", team).bind("member", member)
                .map(row -> row.get(0, Boolean.class)).one();
    }
}
