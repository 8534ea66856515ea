package com.acme.crm.chassis.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.r2dbc.postgresql.codec.Json;

import org.apache.kafka.clients.producer.ProducerRecord;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes committed outbox rows to Kafka in batches: claims the oldest unpublished rows ({@code FOR UPDATE SKIP
 * LOCKED}), sends them all, waits for the broker's acknowledgements, and marks them published in the same
 * transaction. If Kafka is unreachable the transaction rolls back, the rows stay unpublished and the relay backs
 * off, so nothing is lost; delivery is at least once and consumers deduplicate by event id.
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
    private final Scheduler scheduler = Schedulers.newSingle("outbox-relay", true);
    private final Sinks.Many<Boolean> wakeUps = Sinks.many().multicast().directBestEffort();
    private volatile boolean running;
    private volatile Disposable next;
    private int consecutiveFailures;

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
    }

    /** Runs a round now instead of at the next poll (called after a commit that wrote events). */
    void wakeUp() {
        wakeUps.tryEmitNext(Boolean.TRUE);
    }

    /** One round: claims, publishes and marks up to a batch of events; emits how many were published. */
    Mono<Integer> relayOnce() {
        AtomicReference<List<Long>> claimed = new AtomicReference<>(List.of());
        Mono<Integer> round = db.sql("select pg_try_advisory_xact_lock(:lock)")
                .bind("lock", RELAY_LOCK)
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
                .one()
                .flatMap(locked -> locked ? claim().flatMap(batch -> {
                    claimed.set(batch.stream().map(PendingEvent::id).toList());
                    return publish(batch).then(markPublished(batch)).thenReturn(batch.size());
                }) : Mono.just(0));
        return transactions.transactional(round)
                .onErrorResume(e -> recordFailure(claimed.get(), e).then(Mono.error(e)));
    }

    private Mono<List<PendingEvent>> claim() {
        return db.sql("""
                        select id, event_type, topic, message_key, payload, headers, occurred_at from outbox_event
                        where published_at is null order by id limit :limit for update skip locked""")
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
                .collectList();
    }

    /** Sends the whole batch at once and completes when every record is acknowledged (acks=all). */
    private Mono<Void> publish(List<PendingEvent> batch) {
        if (batch.isEmpty()) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> {
                    List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
                    for (PendingEvent event : batch) {
                        acks.add(kafka.send(record(event)));
                    }
                    return CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new));
                })
                .subscribeOn(scheduler) // send() may block while the broker is unknown: never on an event loop
                .flatMap(Mono::fromFuture)
                .timeout(properties.sendTimeout())
                .then();
    }

    private Mono<Void> markPublished(List<PendingEvent> batch) {
        if (batch.isEmpty()) {
            return Mono.empty();
        }
        var now = clock.instant();
        return db.sql("update outbox_event set published_at = :now where id = any(:ids)")
                .bind("now", now)
                .bind("ids", batch.stream().map(PendingEvent::id).toArray(Long[]::new))
                .then()
                .doOnSuccess(done -> metrics.published(batch, now));
    }

    private Mono<Void> recordFailure(List<Long> ids, Throwable error) {
        metrics.failed();
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        String reason = String.valueOf(error.getMessage());
        return db.sql("update outbox_event set attempts = attempts + 1, last_error = :error where id = any(:ids)")
                .bind("error", reason.length() > 500 ? reason.substring(0, 500) : reason)
                .bind("ids", ids.toArray(Long[]::new))
                .then()
                .onErrorResume(e -> Mono.empty());
    }

    private static ProducerRecord<String, byte[]> record(PendingEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        event.headers().forEach((name, value) ->
                record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    private void scheduleNext(Duration delay) {
        if (!running) {
            return;
        }
        Mono<?> trigger = delay.isZero() ? Mono.just(0L)
                : Mono.firstWithSignal(Mono.delay(delay, scheduler), wakeUps.asFlux().next());
        Timer.Sample sample = Timer.start();
        next = trigger.then(Mono.defer(this::relayOnce)).subscribe(
                published -> {
                    consecutiveFailures = 0;
                    if (published > 0) {
                        metrics.round(sample);
                    }
                    scheduleNext(published >= properties.batchSize() ? Duration.ZERO : properties.pollInterval());
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
                        scheduleNext(backoff);
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
        running = true;
        // Connect and learn the topics' partitions now, not when the first event of the day is waiting.
        scheduler.schedule(() -> {
            try {
                ensureTopics.run();
            } catch (RuntimeException e) {
                log.debug("Topics not checked at start-up: {}", e.toString());
            }
            scheduleNext(Duration.ZERO);
        });
    }

    @Override
    public void stop() {
        running = false;
        Disposable current = next;
        if (current != null) {
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
}
