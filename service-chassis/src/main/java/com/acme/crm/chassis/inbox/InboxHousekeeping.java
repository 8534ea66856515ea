package com.acme.crm.chassis.inbox;

import com.acme.crm.chassis.jobs.Jobs;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets processed event ids past their retention, in bounded chunks, so the inbox does not grow forever. The
 * retention must outlast any redelivery: Kafka's own retention of the consumed topics, or a replay window.
 */
class InboxHousekeeping {

    static final String JOB = "inbox-cleanup";
    private static final int CHUNK = 5_000;

    private final DatabaseClient db;
    private final Jobs jobs;
    private final Clock clock;
    private final Duration retention;

    InboxHousekeeping(DatabaseClient db, Jobs jobs, Clock clock, Duration retention) {
        this.db = db;
        this.jobs = jobs;
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes processed-event records older than the retention; emits how many went. */
    Mono<Long> deleteExpired() {
        Instant cutoff = clock.instant().minus(retention);
        return jobs.inChunks(JOB, CHUNK, () -> db.sql("""
                        delete from inbox_event where (consumer, event_id) in (
                          select consumer, event_id from inbox_event where received_at < :cutoff limit :chunk)""")
                .bind("cutoff", cutoff)
                .bind("chunk", CHUNK)
                .fetch().rowsUpdated());
    }
}
