package com.acme.crm.chassis.inbox;

import com.acme.crm.chassis.clock.ScheduledWork;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets processed event ids past their retention, in bounded chunks, so the inbox does not grow forever. The
 * retention must outlast any redelivery: Kafka's own retention of the consumed topics, or a replay window.
 */
public class InboxHousekeeping extends ScheduledWork {

    private static final int CHUNK = 5_000;

    private final DatabaseClient db;
    private final Clock clock;
    private final Duration retention;

    InboxHousekeeping(DatabaseClient db, Clock clock, Duration retention, Duration interval) {
        super("Inbox clean-up", interval, false);
        this.db = db;
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes processed-event records older than the retention; emits how many went. */
    @Override
    public Mono<Long> runOnce() {
        Instant cutoff = clock.instant().minus(retention);
        return deleteChunk(cutoff)
                .expand(deleted -> deleted == CHUNK ? deleteChunk(cutoff) : Mono.empty())
                .reduce(0L, Long::sum);
    }

    private Mono<Long> deleteChunk(Instant cutoff) {
        return db.sql("""
                        delete from inbox_event where (consumer, event_id) in (
                          select consumer, event_id from inbox_event where received_at < :cutoff limit :chunk)""")
                .bind("cutoff", cutoff)
                .bind("chunk", CHUNK)
                .fetch().rowsUpdated();
    }
}
