package com.acme.crm.aftersales.customer.persistence;

import com.acme.crm.aftersales.customer.RosterTurns;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

/** roster_turn counts each team's assignments over the team_member rows of the chassis' TeamRosters. */
@Repository
class R2dbcRosterTurns implements RosterTurns {

    private final DatabaseClient db;

    R2dbcRosterTurns(DatabaseClient db) {
        this.db = db;
    }

    /** The turn counter's row lock orders concurrent assignments in one team. */
    @Override
    public Mono<String> nextOnRoster(String team) {
        return db.sql("""
                        with turn as (
                          insert into roster_turn (team, turns) values (:team, 1)
                          on conflict (team) do update set turns = roster_turn.turns + 1
                          returning turns - 1 as taken),
                        size as (select count(*) as n from team_member where team = :team)
                        select m.member_id from team_member m, turn, size
                        where m.team = :team and size.n > 0 and m.position = turn.taken % size.n""")
                .bind("team", team)
                .map(row -> row.get("member_id", String.class))
                .one();
    }
}
