package com.acme.crm.order.customer.persistence;

import com.acme.crm.order.customer.Rosters;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import java.util.List;

/** Team rosters as last published by lead-service (L-8). */
@Repository
class R2dbcRosters implements Rosters {

    private final DatabaseClient db;

    R2dbcRosters(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> replace(String team, List<String> members) {
        Mono<Void> clear = db.sql("delete from team_member where team = :team").bind("team", team).then();
        return members.isEmpty() ? clear : clear.then(db.sql("""
                        insert into team_member (team, member_id, position)
                        select :team, m, n::int - 1 from unnest(:members) with ordinality as x(m, n)""")
                .bind("team", team).bind("members", members.toArray(String[]::new)).then());
    }

    @Override
    public Mono<Boolean> isMember(String team, String member) {
        return db.sql("select exists (select 1 from team_member where team = :team and member_id = :member)")
                .bind("team", team).bind("member", member)
                .map(row -> row.get(0, Boolean.class)).one();
    }
}
