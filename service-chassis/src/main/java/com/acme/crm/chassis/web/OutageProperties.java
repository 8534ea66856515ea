package com.acme.crm.chassis.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How a service answers while a dependency is away ({@code crm.outage.*}).
 *
 * @param retryAfter the {@code Retry-After} of a 503 answered while the database is unreachable
 */
@ConfigurationProperties("crm.outage")
public record OutageProperties(@DefaultValue("5s") Duration retryAfter) {

    /** Whole seconds, at least one: {@code Retry-After} takes no fractions. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
