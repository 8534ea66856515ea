package com.acme.crm.chassis.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Outbox relay settings ({@code crm.outbox.*}).
 *
 * @param topics the topics this service publishes to; created at start-up with {@code partitions} partitions
 * @param partitions partitions of each created topic: the unit of consumer parallelism
 * @param batchSize events claimed and sent per relay round
 * @param pollInterval how often an idle relay looks for new events (a commit also wakes it at once)
 * @param maxBackoff the longest wait between rounds while Kafka is unreachable
 * @param sendTimeout how long a round waits for the broker's acknowledgements
 * @param retention how long published events are kept before clean-up
 * @param cleanupInterval how often published events past retention are deleted
 * @param statsInterval how often the backlog gauges are refreshed
 * @param maxAttempts failures of one event's own (the broker refused it for good, or took the other events of its
 *     round) after which it is parked for an operator; failures during a broker outage do not count
 */
@ConfigurationProperties("crm.outbox")
public record OutboxProperties(
        @DefaultValue List<String> topics,
        @DefaultValue("6") int partitions,
        @DefaultValue("200") int batchSize,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue("5s") Duration statsInterval,
        @DefaultValue("10") int maxAttempts) {

    public OutboxProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("crm.outbox.max-attempts must be 1 or more");
        }
    }
}
