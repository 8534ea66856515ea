package com.acme.crm.aftersales.customer.persistence;

import com.acme.crm.aftersales.customer.CustomerOwnership;
import com.acme.crm.aftersales.customer.Ownerships;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/** customer_ownership rows, one per customer; roster_turn counts each team's assignments. */
@Repository
class R2dbcOwnerships implements Ownerships {

    private final DatabaseClient db;

    R2dbcOwnerships(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> put(CustomerOwnership ownership, Instant at) {
        return db.sql("""
                        insert into customer_ownership (customer_id, owner_id, team, updated_at)
                        values (:customer, :owner, :team, :at)
                        on conflict (customer_id) do update
                          set owner_id = excluded.owner_id, team = excluded.team, updated_at = excluded.updated_at""")
                .bind("customer", ownership.customerId()).bind("owner", ownership.ownerId())
                .bind("team", ownership.team()).bind("at", at)
                .then();
    }

    @Override
    public Mono<CustomerOwnership> find(UUID customerId) {
        return db.sql("select customer_id, owner_id, team from customer_ownership where customer_id = :customer")
                .bind("customer", customerId)
                .map(row -> new CustomerOwnership(row.get("customer_id", UUID.class), row.get("owner_id", String.class),
                        row.get("team", String.class)))
                .one();
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
