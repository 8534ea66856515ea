package com.acme.crm.lead.capture.persistence;

import com.acme.crm.lead.capture.KnownCustomers;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** L-3: customer fingerprints in PostgreSQL, keyed by fingerprint. */
@Repository
class R2dbcKnownCustomers implements KnownCustomers {

    private final DatabaseClient db;

    R2dbcKnownCustomers(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> remember(UUID customerId, Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        insert into customer_fingerprint (fingerprint, customer_id)
                        select fp, :customer from unnest(:fps) as fp
                        on conflict (fingerprint) do update set customer_id = excluded.customer_id""")
                .bind("customer", customerId)
                .bind("fps", fingerprints.toArray(String[]::new))
                .then();
    }

    @Override
    public Mono<Map<String, UUID>> matchingEach(Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("select fingerprint, customer_id from customer_fingerprint where fingerprint = any(:fps)")
                .bind("fps", fingerprints.toArray(String[]::new))
                .map(row -> Map.entry(row.get("fingerprint", String.class), row.get("customer_id", UUID.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    @Override
    public Mono<UUID> matching(Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("select customer_id from customer_fingerprint where fingerprint = any(:fps) limit 1")
                .bind("fps", fingerprints.toArray(String[]::new))
                .map(row -> row.get(0, UUID.class))
                .one();
    }
}
