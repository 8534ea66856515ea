package com.acme.crm.chassis.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRelayBackoffTest {

    @Test
    void backsOffExponentiallyUpToTheConfiguredMaximum() {
        OutboxProperties properties = new OutboxProperties(List.of(), 1, 100, Duration.ofMillis(200),
                Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofDays(7), Duration.ofHours(1), Duration.ofSeconds(5), 10);
        OutboxRelay relay = new OutboxRelay(null, null, null, null, null, properties, null, () -> { });

        assertThat(relay.backoff(1)).isEqualTo(Duration.ofMillis(400));
        assertThat(relay.backoff(3)).isEqualTo(Duration.ofMillis(1600));
        assertThat(relay.backoff(20)).isEqualTo(Duration.ofSeconds(30));
    }
}
