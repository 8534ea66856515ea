package com.acme.crm.chassis.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox's health in numbers: backlog, age of the oldest unpublished event, parked events, publish rate, round
 * latency and commit-to-publish lag.
 */
class OutboxMetrics {

    private final MeterRegistry registry;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final Counter failures;
    private final Timer rounds;
    private final Timer lag;

    OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("crm.outbox.backlog", backlog, AtomicLong::get)
                .description("Events committed but not yet published").register(registry);
        Gauge.builder("crm.outbox.oldest.unpublished.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest unpublished event").register(registry);
        Gauge.builder("crm.outbox.parked", parked, AtomicLong::get)
                .description("Events parked after crm.outbox.max-attempts failures, waiting for an operator")
                .register(registry);
        failures = Counter.builder("crm.outbox.publish.failures")
                .description("Relay rounds that failed: the broker took none of the round's events, or an error")
                .register(registry);
        rounds = Timer.builder("crm.outbox.publish.round")
                .description("Time to send a batch and receive every acknowledgement").register(registry);
        lag = Timer.builder("crm.outbox.publish.lag")
                .description("Time from commit to acknowledged publication").register(registry);
    }

    void published(List<PendingEvent> batch, Instant at) {
        for (PendingEvent event : batch) {
            registry.counter("crm.outbox.published", "topic", event.topic(), "type", event.type()).increment();
            lag.record(Duration.between(event.occurredAt(), at));
        }
    }

    void round(Timer.Sample sample) {
        sample.stop(rounds);
    }

    void failed() {
        failures.increment();
    }

    void backlog(long count, Duration oldestAge) {
        backlog.set(count);
        oldestAgeSeconds.set(oldestAge.toSeconds());
    }

    long backlog() {
        return backlog.get();
    }

    Duration oldestUnpublishedAge() {
        return Duration.ofSeconds(oldestAgeSeconds.get());
    }

    long parked() {
        return parked.get();
    }

    /** Parked events (they count in the backlog too); set by whoever counted them last. */
    void parked(long count) {
        parked.set(count);
    }
}
