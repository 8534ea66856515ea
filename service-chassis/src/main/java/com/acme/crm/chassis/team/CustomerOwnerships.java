package com.acme.crm.chassis.team;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/**
 * Who owns each customer, as customer-service publishes it ({@code CustomerRegistered}, {@code CustomerHandedOver},
 * C-8), for the services whose records follow their customer's owner and team (orders, tickets). Each such service
 * keeps it in its own database, in a table its own migration creates:
 * <pre>{@code
 * create table customer_ownership (customer_id uuid primary key, owner_id text not null, team text not null,
 *                                  updated_at timestamptz not null);
 * }</pre>
 * The latest event wins; applying one again (a redelivery) changes nothing.
 */
public class CustomerOwnerships {

    private final DatabaseClient db;

    public CustomerOwnerships(DatabaseClient db) {
        this.db = db;
    }

    /** Records or replaces the customer's owner and team. */
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

    /** The customer's owner and team; empty for a customer this service has not heard of. */
    public Mono<CustomerOwnership> find(UUID customerId) {
        return db.sql("select customer_id, owner_id, team from customer_ownership where customer_id = :customer")
                .bind("customer", customerId)
                .map(row -> new CustomerOwnership(row.get("customer_id", UUID.class), row.get("owner_id", String.class),
                        row.get("team", String.class)))
                .one();
    }
}
