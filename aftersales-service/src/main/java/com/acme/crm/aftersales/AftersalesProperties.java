package com.acme.crm.aftersales;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * aftersales-service settings ({@code crm.aftersales.*}); the defaults are the documents' numbers.
 *
 * @param tickets A-1 ticket clocks
 * @param complaints A-2 complaint clocks
 * @param deadlineCheckInterval how often the clock jobs look for due rows (and at once when the clock moves)
 * @param deadlineBatchSize rows a job claims per transaction
 * @param maxPageSize the most records a list answers
 */
@ConfigurationProperties("crm.aftersales")
public record AftersalesProperties(
        @DefaultValue Tickets tickets,
        @DefaultValue Complaints complaints,
        @DefaultValue("30s") Duration deadlineCheckInterval,
        @DefaultValue("200") int deadlineBatchSize,
        @DefaultValue("200") int maxPageSize) {

    /**
     * A-1 ticket clocks ({@code crm.aftersales.tickets.*}); support is 7x24, so deadlines are plain durations.
     *
     * @param responseWithin first response within this long of opening (1 h)
     * @param resolutionWithin solution within this long of opening or reopening (48 h)
     * @param sla overrides per type ({@code HARDWARE_FAULT}) or type and priority ({@code HARDWARE_FAULT_URGENT}); the
     *            more specific wins, a missing duration falls back to the defaults above
     */
    public record Tickets(
            @DefaultValue("1h") Duration responseWithin,
            @DefaultValue("48h") Duration resolutionWithin,
            @DefaultValue Map<String, Sla> sla) {
    }

    /** One override of the ticket clocks; either may be left out. */
    public record Sla(@Nullable Duration responseWithin, @Nullable Duration resolutionWithin) {
    }

    /**
     * A-2 complaint clocks ({@code crm.aftersales.complaints.*}).
     *
     * @param apologyWithin apology and initial plan within this long of the complaint (30 min)
     * @param executionWithin the plan executed within this long of the initial plan (24 h)
     * @param callbackWithin the callback to the customer within this long of the resolution (72 h)
     * @param escalateAfter a complaint still unresolved this long after it was raised goes to the manager (24 h)
     */
    public record Complaints(
            @DefaultValue("30m") Duration apologyWithin,
            @DefaultValue("24h") Duration executionWithin,
            @DefaultValue("72h") Duration callbackWithin,
            @DefaultValue("24h") Duration escalateAfter) {
    }
}
