package com.acme.crm.chassis.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Idempotency key settings ({@code crm.idempotency.*}).
 *
 * @param ttl how long a key and its stored answer live; a key past it is processed anew
 * @param lease how long a running request holds its key; a retry after that (its first run crashed, say) takes the
 *     key over, and the first run, should it still finish, is rolled back and answered 409
 * @param cleanupInterval how often the {@code idempotency-cleanup} job deletes expired keys
 */
@ConfigurationProperties("crm.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") Duration ttl,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("1h") Duration cleanupInterval) {

    public IdempotencyProperties {
        if (ttl.compareTo(lease) <= 0) {
            throw new IllegalArgumentException("crm.idempotency.ttl must be longer than crm.idempotency.lease");
        }
    }
}
