package com.acme.crm.order.customer.persistence;

import com.acme.crm.order.customer.CustomerOwnership;
import com.acme.crm.order.customer.Ownerships;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/** customer_ownership rows, one per customer. */
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
}
