package com.acme.crm.chassis.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Refreshes the backlog gauges and deletes published events past their retention, in bounded chunks. */
class OutboxHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);
    private static final int DELETE_CHUNK = 5_000;

    private final DatabaseClient db;
    private final Clock clock;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;
    private final Disposable.Composite tasks = Disposables.composite();
    private volatile boolean running;

    OutboxHousekeeping(DatabaseClient db, Clock clock, OutboxProperties properties, OutboxMetrics metrics) {
        this.db = db;
        this.clock = clock;
        this.properties = properties;
        this.metrics = metrics;
    }

    Mono<Void> refreshStats() {
        return db.sql("select count(*) as backlog, min(occurred_at) as oldest from outbox_event where published_at is null")
                .map(row -> {
                    long count = row.get("backlog", Long.class);
                    OffsetDateTime oldest = row.get("oldest", OffsetDateTime.class);
                    Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), clock.instant());
                    metrics.backlog(count, age.isNegative() ? Duration.ZERO : age);
                    return count;
                })
                .one()
                .then();
    }

    /** Deletes published events older than the retention, chunk by chunk; emits how many went. */
    Mono<Long> deletePublished() {
        Instant cutoff = clock.instant().minus(properties.retention());
        return deleteChunk(cutoff)
                .expand(deleted -> deleted == DELETE_CHUNK ? deleteChunk(cutoff) : Mono.empty())
                .reduce(0L, Long::sum);
    }

    private Mono<Long> deleteChunk(Instant cutoff) {
        return db.sql("""
                        delete from outbox_event where id in (
                          select id from outbox_event where published_at < :cutoff order by id limit :chunk)""")
                .bind("cutoff", cutoff)
                .bind("chunk", DELETE_CHUNK)
                .fetch().rowsUpdated();
    }

    @Override
    public void start() {
        running = true;
        tasks.add(Flux.interval(Duration.ZERO, properties.statsInterval())
                .concatMap(tick -> refreshStats().onErrorResume(e -> {
                    log.debug("Outbox stats not refreshed: {}", e.toString());
                    return Mono.empty();
                }))
                .subscribe());
        tasks.add(Flux.interval(properties.cleanupInterval(), properties.cleanupInterval())
                .concatMap(tick -> deletePublished().onErrorResume(e -> {
                    log.warn("Outbox clean-up failed: {}", e.toString());
                    return Mono.empty();
                }))
                .subscribe(deleted -> {
                    if (deleted > 0) {
                        log.info("Deleted {} published outbox events older than {}", deleted, properties.retention());
                    }
                }));
    }

    @Override
    public void stop() {
        running = false;
        tasks.dispose();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
