package com.acme.crm.customer.leadcontact.persistence;

import com.acme.crm.customer.leadcontact.LeadContactFetches;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Lead contact fetches; a lease is one update that claims due rows, skipping rows another replica holds. */
@Repository
class R2dbcLeadContactFetches implements LeadContactFetches {

    private final DatabaseClient db;

    R2dbcLeadContactFetches(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> enqueue(UUID customerId, UUID leadId, Instant now) {
        return db.sql("insert into lead_contact_fetch (customer_id, lead_id, next_attempt_at) values (:c, :l, :now)")
                .bind("c", customerId).bind("l", leadId).bind("now", now).then();
    }

    @Override
    public Flux<Fetch> lease(Instant now, Duration lease, int limit) {
        return db.sql("""
                        update lead_contact_fetch f set next_attempt_at = :until, attempts = f.attempts + 1
                        where f.customer_id in (select customer_id from lead_contact_fetch
                          where done_at is null and next_attempt_at <= :now
                          order by next_attempt_at limit :limit for update skip locked)
                        returning f.customer_id, f.lead_id, f.attempts""")
                .bind("until", now.plus(lease)).bind("now", now).bind("limit", limit)
                .map(row -> new Fetch(row.get("customer_id", UUID.class), row.get("lead_id", UUID.class),
                        row.get("attempts", Integer.class)))
                .all();
    }

    @Override
    public Mono<Void> done(UUID customerId, Instant at) {
        return db.sql("update lead_contact_fetch set done_at = :at, last_error = null where customer_id = :c")
                .bind("at", at).bind("c", customerId).then();
    }

    @Override
    public Mono<Void> failed(UUID customerId, String error, Instant retryAt) {
        return db.sql("update lead_contact_fetch set next_attempt_at = :at, last_error = :error where customer_id = :c")
                .bind("at", retryAt).bind("error", error.length() > 500 ? error.substring(0, 500) : error)
                .bind("c", customerId).then();
    }
}
