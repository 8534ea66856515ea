package com.acme.crm.chassis.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.r2dbc.postgresql.codec.Json;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes committed outbox rows to Kafka in batches: claims the oldest unpublished rows ({@code FOR UPDATE SKIP
 * LOCKED}), sends them all, waits for the broker's acknowledgements, and marks the acknowledged ones published in the
 * same transaction. Delivery is at least once and consumers deduplicate by event id.
 *
 * <p>If the broker takes none of a round's events (an outage), the round fails and the relay backs off; nothing is
 * lost and nothing is parked. An event that fails on its own (the broker refused it for good, or took the others of
 * its round) counts a failure; after {@code crm.outbox.max-attempts} of those it is parked with its last error, so
 * one bad row never stops the rest. Behind a failing or parked event its key waits, so one aggregate's events
 * always leave in order; other keys go on. An operator redrives a parked event ({@link ParkedEvents}).
 *
 * <p>Replicas take turns through a transaction-scoped advisory lock, so events of one aggregate leave in commit
 * order even with several instances running.
 */
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() { };

    private final DatabaseClient db;
    private final TransactionalOperator transactions;
    private final KafkaTemplate<String, byte[]> kafka;
    private final JsonMapper json;
    private final Clock clock;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;
    private final Runnable ensureTopics;
    private final FailedSends failedSends;
    private final Scheduler scheduler = Schedulers.newSingle("outbox-relay", true);
    private final Sinks.Many<Boolean> wakeUps = Sinks.many().multicast().directBestEffort();
    private volatile boolean running;
    /** Bumped by every start and stop: a round of an earlier run finishes, but schedules nothing after it. */
    private final AtomicLong runs = new AtomicLong();
    /** Whether a round (a transaction holding the relay lock) is under way; stop() lets it finish. */
    private volatile boolean inRound;
    private volatile Disposable next;
    private volatile int consecutiveFailures;

    OutboxRelay(DatabaseClient db, TransactionalOperator transactions, KafkaTemplate<String, byte[]> kafka,
                JsonMapper json, Clock clock, OutboxProperties properties, OutboxMetrics metrics,
                Runnable ensureTopics) {
        this.db = db;
        this.transactions = transactions;
        this.kafka = kafka;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.metrics = metrics;
        this.ensureTopics = ensureTopics;
        this.failedSends = new FailedSends(db, clock, properties, metrics);
    }

    /** Rounds that failed since the last one that succeeded (0 while publishing works). */
    int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** Runs a round now instead of at the next poll (called after a commit that wrote events). */
    void wakeUp() {
        wakeUps.tryEmitNext(Boolean.TRUE);
    }

    /**
     * One round: claims, publishes and marks up to a batch of events. Fails with {@link BrokerUnavailable} after
     * recording the attempts when the broker took none of them.
     */
    Mono<Round> relayOnce() {
        AtomicReference<List<Long>> claimed = new AtomicReference<>(List.of());
        Mono<Round> round = db.sql("select pg_try_advisory_xact_lock(:lock)")
                .bind("lock", RELAY_LOCK)
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
                .one()
                .flatMap(locked -> locked ? claim().flatMap(batch -> {
                    claimed.set(batch.stream().map(PendingEvent::id).toList());
                    return publish(batch).flatMap(sent -> settle(batch.size(), sent));
                }) : Mono.just(Round.EMPTY));
        return transactions.transactional(round)
                .flatMap(done -> done.outage() == null ? Mono.just(done) : Mono.error(new BrokerUnavailable(done.outage())))
                .onErrorResume(e -> {
                    metrics.failed();
                    return e instanceof BrokerUnavailable ? Mono.error(e)
                            : failedSends.recordRoundFailure(claimed.get(), e).then(Mono.error(e));
                });
    }

    /**
     * The oldest unpublished events, except those parked and those waiting behind an earlier event of their key
     * that is parked or has failed on its own (that earlier event itself is retried).
     */
    private Mono<List<PendingEvent>> claim() {
        return db.sql("""
                        select o.id, o.event_type, o.topic, o.message_key, o.payload, o.headers, o.occurred_at
                        from outbox_event o
                        where o.published_at is null and o.parked_at is null
                          and not exists (
                            select 1 from outbox_event b
                            where b.message_key = o.message_key and b.id < o.id
                              and b.published_at is null and (b.parked_at is not null or b.record_failures > 0))
                        order by o.id limit :limit for update of o skip locked""")
                .bind("limit", properties.batchSize())
                .map((row, meta) -> new PendingEvent(
                        row.get("id", Long.class),
                        row.get("event_type", String.class),
                        row.get("topic", String.class),
                        row.get("message_key", String.class),
                        row.get("payload", Json.class).asArray(),
                        json.readValue(row.get("headers", Json.class).asArray(), HEADERS),
                        row.get("occurred_at", java.time.OffsetDateTime.class).toInstant()))
                .all()
                .collectList(); // drained before any other statement runs on this connection
    }

    /**
     * Sends the batch in order and waits (up to the send timeout) for every acknowledgement. An event whose send
     * fails at once holds back the later events of its key; a send that cannot even reach the broker stops the round.
     */
    private Mono<SentBatch> publish(List<PendingEvent> batch) {
        if (batch.isEmpty()) {
            return Mono.just(SentBatch.NOTHING);
        }
        return Mono.fromCallable(() -> send(batch))
                .subscribeOn(scheduler) // send() may block while the broker is unknown: never on an event loop
                .flatMap(sent -> Mono.fromFuture(sent.allSettled(), true)
                        .timeout(properties.sendTimeout(), Mono.empty())
                        .thenReturn(sent));
    }

    private SentBatch send(List<PendingEvent> batch) {
        List<PendingEvent> sentEvents = new ArrayList<>(batch.size());
        List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
        Set<String> heldKeys = new HashSet<>();
        for (PendingEvent event : batch) {
            if (heldKeys.contains(event.key())) {
                continue;
            }
            CompletableFuture<?> ack;
            try {
                ack = kafka.send(record(event));
            } catch (RuntimeException e) { // the producer refused the record before sending it
                ack = CompletableFuture.failedFuture(e);
            }
            sentEvents.add(event);
            acks.add(ack);
            if (ack.isCompletedExceptionally()) {
                heldKeys.add(event.key());
                if (SendFailure.of(ack, properties.sendTimeout()).retriable()) {
                    break; // the broker is unreachable: the rest would only wait as long again
                }
            }
        }
        return new SentBatch(sentEvents, acks);
    }

    /** Marks the acknowledged events published and counts the failures; parks those out of attempts. */
    private Mono<Round> settle(int claimed, SentBatch sent) {
        SentBatch.Settled settled = sent.settle(properties.sendTimeout());
        return markPublished(settled.published())
                .then(failedSends.record(settled))
                .map(parked -> new Round(claimed, settled.published().size(), parked, settled.outage()));
    }

    private Mono<Void> markPublished(List<PendingEvent> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        var now = clock.instant();
        return db.sql("update outbox_event set published_at = :now where id = any(:ids)")
                .bind("now", now)
                .bind("ids", events.stream().map(PendingEvent::id).toArray(Long[]::new))
                .then()
                .doOnSuccess(done -> metrics.published(events, now));
    }

    /** Sets the parked gauge from the table. */
    Mono<Void> countParked() {
        return failedSends.countParked();
    }

    /**
     * Recounts the parked events at once after a round that parked some; otherwise the {@code outbox-stats} job keeps
     * the gauge current with the backlog.
     */
    private Mono<Void> countParkedIfAny(int parkedNow) {
        if (parkedNow == 0) {
            return Mono.empty();
        }
        return failedSends.countParked().onErrorResume(e -> {
            log.debug("Parked outbox events not counted: {}", e.toString());
            return Mono.empty();
        });
    }

    private static ProducerRecord<String, byte[]> record(PendingEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        event.headers().forEach((name, value) ->
                record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    private void scheduleNext(Duration delay, long run) {
        if (!running || run != runs.get()) {
            return;
        }
        Mono<?> trigger = delay.isZero() ? Mono.just(0L)
                : Mono.firstWithSignal(Mono.delay(delay, scheduler), wakeUps.asFlux().next());
        Timer.Sample sample = Timer.start();
        next = trigger.then(Mono.defer(() -> {
                    inRound = true;
                    return relayOnce();
                }))
                .flatMap(round -> countParkedIfAny(round.parked()).thenReturn(round))
                .doFinally(signal -> inRound = false)
                .subscribe(
                round -> {
                    consecutiveFailures = 0;
                    if (round.published() > 0) {
                        metrics.round(sample);
                    }
                    scheduleNext(round.claimed() >= properties.batchSize() ? Duration.ZERO : properties.pollInterval(),
                            run);
                },
                error -> {
                    consecutiveFailures++;
                    Duration backoff = backoff(consecutiveFailures);
                    log.warn("Outbox relay round failed ({} in a row), retrying in {}: {}",
                            consecutiveFailures, backoff, error.toString());
                    // A broker that was down at start-up has not had the topics created: try again.
                    scheduler.schedule(() -> {
                        try {
                            ensureTopics.run();
                        } catch (RuntimeException e) {
                            log.debug("Topics not created yet: {}", e.toString());
                        }
                        scheduleNext(backoff, run);
                    });
                });
    }

    /** Exponential from the poll interval up to the configured maximum. */
    Duration backoff(int failures) {
        long factor = 1L << Math.min(failures, 16);
        Duration candidate = properties.pollInterval().multipliedBy(factor);
        return candidate.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : candidate;
    }

    @Override
    public void start() {
        long run = runs.incrementAndGet();
        running = true;
        // Connect and learn the topics' partitions now, not when the first event of the day is waiting.
        scheduler.schedule(() -> {
            try {
                ensureTopics.run();
            } catch (RuntimeException e) {
                log.debug("Topics not checked at start-up: {}", e.toString());
            }
            scheduleNext(Duration.ZERO, run);
        });
    }

    @Override
    public void stop() {
        running = false;
        runs.incrementAndGet();
        // A waiting trigger is cancelled; a round under way is not: cancelling its transaction could leave the relay
        // lock held on a pooled connection, and no relay sharing the database would publish again (a paused test
        // context did exactly that). The round finishes and schedules nothing.
        Disposable current = next;
        if (current != null && !inRound) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048; // stop before the Kafka producer and the connection pool
    }

    /** What a round did; {@code outage} is set when the broker took none of its events. */
    record Round(int claimed, int published, int parked, @Nullable Throwable outage) {
        static final Round EMPTY = new Round(0, 0, 0, null);
    }

    /** The broker took none of a round's events: the relay backs off as while Kafka is down. */
    static final class BrokerUnavailable extends RuntimeException {
        BrokerUnavailable(Throwable cause) {
            super("The broker took none of the round's events: " + cause, cause);
        }
    }
}
