package com.acme.crm.aftersales.ticket;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.Map;

/**
 * how long a ticket may wait for its first response and its solution; 1 h and 48 h unless configured per type or
 * per type and priority (the more specific wins).
 *
 * @param overrides keyed {@code HARDWARE_FAULT} or {@code HARDWARE_FAULT_URGENT}; either duration
 *                  may be null
 */
public record TicketPolicy(Duration responseWithin, Duration resolutionWithin, Map<String, Sla> overrides) {

    public static final String RULE = "A-1";

    public static TicketPolicy defaults() {
        return new TicketPolicy(Duration.ofHours(1), Duration.ofHours(48), Map.of());
    }

    public Duration responseWithin(TicketType type, Priority priority) {
        return pick(type, priority, 0, responseWithin);
    }

    public Duration resolutionWithin(TicketType type, Priority priority) {
        return pick(type, priority, 1, resolutionWithin);
    }

    private Duration pick(TicketType type, Priority priority, int index, Duration fallback) {
        Duration specific = at(overrides.get(type.name() + "_" + priority.name()), index);
        if (specific != null) {
            return specific;
        }
        Duration byType = at(overrides.get(type.name()), index);
        return byType != null ? byType : fallback;
    }

    private static @Nullable Duration at(@Nullable Sla sla, int index) {
        return sla == null ? null : index == 0 ? sla.responseWithin() : sla.resolutionWithin();
    }

    /** One override; a null duration falls back to the less specific one. */
    public record Sla(@Nullable Duration responseWithin, @Nullable Duration resolutionWithin) {
    }
}
