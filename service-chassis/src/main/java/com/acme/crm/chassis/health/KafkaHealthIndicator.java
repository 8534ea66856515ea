package com.acme.crm.chassis.health;

import com.acme.crm.chassis.outbox.OutboxStatus;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;

import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The {@code kafka} component of readiness. Kafka being away does not make a service unready, since commands still
 * commit their events to the outbox, so it reports {@link #DEGRADED} (HTTP 200, see {@code crm-chassis-defaults.yml})
 * when the broker does not answer or the outbox relay's rounds fail, with the outbox backlog, the age of its oldest
 * unpublished event, parked events and the relay's failed rounds in a row.
 */
class KafkaHealthIndicator implements ReactiveHealthIndicator, DisposableBean {

    /** Working, with a dependency away: ready, but an operator should look. */
    static final Status DEGRADED = new Status("DEGRADED", "Kafka unreachable or the outbox relay failing; "
            + "commands are accepted and their events wait in the outbox");

    private final Supplier<Admin> adminFactory;
    private final OutboxStatus outbox;
    private final Duration timeout;
    private volatile Admin admin;

    KafkaHealthIndicator(Supplier<Admin> adminFactory, OutboxStatus outbox, Duration timeout) {
        this.adminFactory = adminFactory;
        this.outbox = outbox;
        this.timeout = timeout;
    }

    @Override
    public Mono<Health> health() {
        return brokerAnswers().map(reachable -> {
            int failures = outbox.relayConsecutiveFailures();
            Health.Builder health = reachable && failures == 0 ? Health.up() : Health.status(DEGRADED);
            return health.withDetail("broker", reachable ? "reachable" : "unreachable")
                    .withDetail("outboxBacklog", outbox.backlog())
                    .withDetail("oldestUnpublishedAgeSeconds", outbox.oldestUnpublishedAge().toSeconds())
                    .withDetail("parked", outbox.parked())
                    .withDetail("relayConsecutiveFailures", failures)
                    .build();
        });
    }

    /** Whether the cluster describes itself within the timeout; never waits longer, never fails. */
    private Mono<Boolean> brokerAnswers() {
        return Mono.defer(() -> Mono.fromCompletionStage(admin().describeCluster(
                        new DescribeClusterOptions().timeoutMs((int) timeout.toMillis())).nodes().toCompletionStage()))
                .map(nodes -> !nodes.isEmpty())
                .timeout(timeout.plusMillis(200))
                .onErrorReturn(false);
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = adminFactory.get();
                }
                current = admin;
            }
        }
        return current;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
