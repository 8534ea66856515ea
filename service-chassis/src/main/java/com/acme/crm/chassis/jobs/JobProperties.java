package com.acme.crm.chassis.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * Scheduled job settings ({@code crm.jobs.*}).
 *
 * @param timeout how long one run may take; a run past it is cancelled and its open batch rolled back, and the
 *                database ends a job transaction that outlives it, so no job holds row locks longer
 * @param timeouts a different timeout for a named job ({@code crm.jobs.timeouts.lead-sla-breaches=2m})
 * @param enabled false stops every periodic job of this replica (e.g. a replica that serves only reads)
 */
@ConfigurationProperties("crm.jobs")
public record JobProperties(
        @DefaultValue("60s") Duration timeout,
        @DefaultValue Map<String, Duration> timeouts,
        @DefaultValue("true") boolean enabled) {

    public Duration timeoutOf(String job) {
        return timeouts.getOrDefault(job, timeout);
    }
}
