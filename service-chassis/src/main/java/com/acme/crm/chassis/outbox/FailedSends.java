package com.acme.crm.chassis.outbox;

import io.r2dbc.spi.Row;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes down the relay's failed sends: an attempt and the last error for each, and parks an event after
 * {@code crm.outbox.max-attempts} failures of its own, with one WARN line each. Keeps the parked gauge current.
 */
class FailedSends {

    private static final Logger log = LoggerFactory.getLogger(FailedSends.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final DatabaseClient db;
    private final Clock clock;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;

    FailedSends(DatabaseClient db, Clock clock, OutboxProperties properties, OutboxMetrics metrics) {
        this.db = db;
        this.clock = clock;
        this.properties = properties;
        this.metrics = metrics;
    }

    /** Counts the round's failures (in its transaction); emits how many events were parked. */
    Mono<Integer> record(SentBatch.Settled round) {
        if (round.failed().isEmpty()) {
            return Mono.just(0);
        }
        return db.sql("""
                        update outbox_event o
                        set attempts = o.attempts + 1,
                            last_error = f.error,
                            record_failures = o.record_failures + case when f.own then 1 else 0 end,
                            parked_at = case when f.own and o.record_failures + 1 >= :maxAttempts then :now end
                        from unnest(:ids, :errors, :own) as f(id, error, own)
                        where o.id = f.id
                        returning o.id, o.event_type, o.message_key, o.attempts, o.last_error, o.parked_at""")
                .bind("maxAttempts", properties.maxAttempts())
                .bind("now", clock.instant())
                .bind("ids", round.failed().stream().map(PendingEvent::id).toArray(Long[]::new))
                .bind("errors", round.failures().stream().map(FailedSends::describe).toArray(String[]::new))
                .bind("own", round.failures().stream().map(round::ownFailure).toArray(Boolean[]::new))
                .map((row, meta) -> row.get("parked_at", OffsetDateTime.class) == null ? 0 : logParked(row))
                .all()
                .reduce(0, Integer::sum);
    }

    /** After a round that failed as a whole and rolled back: an attempt for each event it had claimed. */
    Mono<Void> recordRoundFailure(List<Long> ids, Throwable error) {
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("update outbox_event set attempts = attempts + 1, last_error = :error where id = any(:ids)")
                .bind("error", truncate(String.valueOf(error.getMessage())))
                .bind("ids", ids.toArray(Long[]::new))
                .then()
                .onErrorResume(e -> Mono.empty());
    }

    /** Sets the parked gauge from the table, so it covers every replica's parking. */
    Mono<Void> countParked() {
        return db.sql("select count(*) from outbox_event where published_at is null and parked_at is not null")
                .map(row -> row.get(0, Long.class))
                .one()
                .doOnNext(metrics::parked)
                .then();
    }

    /** One WARN line per parked event: ids, type, key and error only, never the payload (it may hold contact data). */
    private static int logParked(Row row) {
        log.warn("Parked outbox event {} ({}, key {}) after {} attempts; redrive it with POST /api/ops/outbox/parked/{}/redrive"
                        + " once the cause is fixed. Last error: {}",
                row.get("id", Long.class), row.get("event_type", String.class), row.get("message_key", String.class),
                row.get("attempts", Integer.class), row.get("id", Long.class), row.get("last_error", String.class));
        return 1;
    }

    /** Exception type and message, short enough for {@code last_error}; the record itself is never part of it. */
    private static String describe(SendFailure failure) {
        return truncate(failure.cause().getClass().getSimpleName() + ": " + failure.cause().getMessage());
    }

    private static String truncate(String reason) {
        return reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason;
    }
}
