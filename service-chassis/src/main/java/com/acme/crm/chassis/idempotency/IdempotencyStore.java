package com.acme.crm.chassis.idempotency;

import com.acme.crm.chassis.persistence.Sql;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@code idempotency_key} table. {@link #claim} runs on its own (autocommit), so other requests see a running
 * key at once; {@link #complete} runs inside the command's transaction, so the answer commits with the effects.
 */
class IdempotencyStore {

    private static final int CLAIM_TRIES = 3;

    private final DatabaseClient db;
    private final Clock clock;
    private final IdempotencyProperties properties;

    IdempotencyStore(DatabaseClient db, Clock clock, IdempotencyProperties properties) {
        this.db = db;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Claims the key for this request: a new key, an expired one, or a running one whose lease ran out (same request
     * only) becomes this request's; otherwise the stored state decides.
     */
    Mono<Claim> claim(IdempotentRequest request) {
        return claim(request, CLAIM_TRIES);
    }

    private Mono<Claim> claim(IdempotentRequest request, int tries) {
        // Empty: the key vanished between insert and read (a failing first run released it); claim again. A key that
        // keeps vanishing is busy.
        return claimOnce(request).switchIfEmpty(Mono.defer(() -> tries > 1
                ? claim(request, tries - 1)
                : Mono.just(new Claim.Running())));
    }

    private Mono<Claim> claimOnce(IdempotentRequest request) {
        Instant now = clock.instant();
        UUID attempt = UUID.randomUUID();
        Mono<Claim> inserted = db.sql("""
                        insert into idempotency_key as k (caller, idem_key, method, path, request_hash, state, attempt,
                                                          created_at, expires_at, locked_until)
                        values (:caller, :key, :method, :path, :hash, 'IN_PROGRESS', :attempt, :now, :expires, :lease)
                        on conflict (caller, idem_key) do update
                           set method = excluded.method, path = excluded.path, request_hash = excluded.request_hash,
                               state = 'IN_PROGRESS', attempt = excluded.attempt, status = null, content_type = null,
                               location = null, body = null, created_at = excluded.created_at,
                               expires_at = excluded.expires_at, locked_until = excluded.locked_until
                         where k.expires_at <= :now
                            or (k.state = 'IN_PROGRESS' and k.locked_until <= :now
                                and k.request_hash = excluded.request_hash)
                        returning attempt""")
                .bind("caller", request.caller())
                .bind("key", request.key())
                .bind("method", request.method())
                .bind("path", request.path())
                .bind("hash", request.hash())
                .bind("attempt", attempt)
                .bind("now", now)
                .bind("expires", now.plus(properties.ttl()))
                .bind("lease", now.plus(properties.lease()))
                .map(row -> (Claim) new Claim.Owned(row.get("attempt", UUID.class)))
                .one();
        return inserted.switchIfEmpty(Mono.defer(() -> existing(request)));
    }

    /** The state of a key someone else holds; empty when it vanished meanwhile (claim again). */
    private Mono<Claim> existing(IdempotentRequest request) {
        return db.sql("""
                        select request_hash, state, status, content_type, location, body
                          from idempotency_key where caller = :caller and idem_key = :key""")
                .bind("caller", request.caller())
                .bind("key", request.key())
                .map(row -> {
                    if (!request.hash().equals(row.get("request_hash", String.class))) {
                        return (Claim) new Claim.Mismatch();
                    }
                    if (!"COMPLETED".equals(row.get("state", String.class))) {
                        return new Claim.Running();
                    }
                    byte[] body = row.get("body", byte[].class);
                    return new Claim.Replay(new StoredAnswer(row.get("status", Integer.class),
                            row.get("content_type", String.class), row.get("location", String.class),
                            body == null ? new byte[0] : body));
                })
                .one();
    }

    /**
     * Stores the answer of this attempt (inside the command's transaction); false when the attempt no longer holds
     * the key because a retry took it over after the lease.
     */
    Mono<Boolean> complete(IdempotentRequest request, UUID attempt, StoredAnswer answer) {
        return db.sql("""
                        update idempotency_key
                           set state = 'COMPLETED', status = :status, content_type = :contentType,
                               location = :location, body = :body
                         where caller = :caller and idem_key = :key and attempt = :attempt and state = 'IN_PROGRESS'""")
                .bind("status", answer.status())
                .bind("contentType", Sql.orNull(answer.contentType()))
                .bind("location", Sql.orNull(answer.location()))
                .bind("body", answer.body())
                .bind("caller", request.caller())
                .bind("key", request.key())
                .bind("attempt", attempt)
                .fetch().rowsUpdated()
                .map(updated -> updated == 1);
    }

    /** Gives the key up after a run that changed nothing, so a retry is evaluated anew. */
    Mono<Void> release(IdempotentRequest request, UUID attempt) {
        return db.sql("""
                        delete from idempotency_key
                         where caller = :caller and idem_key = :key and attempt = :attempt and state = 'IN_PROGRESS'""")
                .bind("caller", request.caller())
                .bind("key", request.key())
                .bind("attempt", attempt)
                .then();
    }

    /** Deletes up to {@code chunk} expired keys, oldest first; emits how many went. */
    Mono<Long> deleteExpired(int chunk) {
        return db.sql("""
                        delete from idempotency_key where (caller, idem_key) in (
                          select caller, idem_key from idempotency_key where expires_at <= :now
                           order by expires_at limit :chunk)""")
                .bind("now", clock.instant())
                .bind("chunk", chunk)
                .fetch().rowsUpdated();
    }
}
