package com.acme.crm.lead.team.persistence;

import com.acme.crm.lead.team.TeamRoster;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import java.util.List;

/** L-8: rosters in PostgreSQL; the round's cursor is advanced with one atomic update per assignment. */
@Repository
class R2dbcTeamRoster implements TeamRoster {

    private final DatabaseClient db;

    R2dbcTeamRoster(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<List<String>> members(String team) {
        return db.sql("select member_id from team_member where team = :team order by position")
                .bind("team", team)
                .map(row -> row.get(0, String.class))
                .all().collectList();
    }

    @Override
    public Mono<Void> replace(String team, List<String> members) {
        Mono<Void> clear = db.sql("delete from team_member where team = :team").bind("team", team).then();
        if (members.isEmpty()) {
            return clear;
        }
        return clear.then(db.sql("""
                        insert into team_member (team, member_id, position)
                        select :team, member, position::int - 1 from unnest(:members) with ordinality as m(member, position)""")
                .bind("team", team)
                .bind("members", members.toArray(String[]::new))
                .then());
    }

    @Override
    public Mono<String> nextInRound(String team) {
        return nextInRound(team, 1).flatMap(owners -> Mono.justOrEmpty(owners.stream().findFirst()));
    }

    @Override
    public Mono<List<String>> nextInRound(String team, int count) {
        return members(team).flatMap(members -> members.isEmpty() || count == 0 ? Mono.just(List.<String>of())
                : db.sql("""
                                insert into team_cursor (team, next) values (:team, :count)
                                on conflict (team) do update set next = team_cursor.next + :count
                                returning next - :count as first""")
                        .bind("team", team).bind("count", (long) count)
                        .map(row -> row.get("first", Long.class))
                        .one()
                        .map(first -> java.util.stream.LongStream.range(first, first + count)
                                .mapToObj(turn -> members.get((int) (turn % members.size())))
                                .toList()));
    }
}
