package com.acme.crm.lead.calllog.persistence;

import com.acme.crm.lead.calllog.CustomerCalls;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/** customer-service's phone touches in PostgreSQL, one row per event (the inbox already drops redeliveries). */
@Repository
class R2dbcCustomerCalls implements CustomerCalls {

    private final DatabaseClient db;

    R2dbcCustomerCalls(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> record(UUID eventId, UUID customerId, String repId, String team, boolean customerInitiated,
                             Instant at) {
        return db.sql("""
                        insert into customer_call (event_id, customer_id, rep_id, team, customer_initiated, at)
                        values (:event, :customer, :rep, :team, :initiated, :at) on conflict do nothing""")
                .bind("event", eventId).bind("customer", customerId).bind("rep", repId).bind("team", team)
                .bind("initiated", customerInitiated).bind("at", at)
                .then();
    }
}
