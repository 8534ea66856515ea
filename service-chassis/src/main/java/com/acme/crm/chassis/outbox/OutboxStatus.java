package com.acme.crm.chassis.outbox;

import java.time.Duration;

/**
 * A read-only view of the outbox's publishing, for health reports: the backlog figures as the {@code outbox-stats}
 * job last counted them, and the relay's failed rounds in a row.
 */
public final class OutboxStatus {

    private final OutboxRelay relay;
    private final OutboxMetrics metrics;

    OutboxStatus(OutboxRelay relay, OutboxMetrics metrics) {
        this.relay = relay;
        this.metrics = metrics;
    }

    /** Events committed but not yet published. */
    public long backlog() {
        return metrics.backlog();
    }

    public Duration oldestUnpublishedAge() {
        return metrics.oldestUnpublishedAge();
    }

    /** Events parked for an operator (counted in the backlog too). */
    public long parked() {
        return metrics.parked();
    }

    /** Relay rounds that failed since the last one that succeeded: 0 while events reach the broker. */
    public int relayConsecutiveFailures() {
        return relay.consecutiveFailures();
    }
}
