package com.acme.crm.lead.lead;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Filters of a lead queue; every one is optional. Without a status only open leads are listed: archived and
 * converted ones have left the queues (L-5, L-6).
 *
 * @param overdue true for leads past their first-contact deadline (L-2), false for the others
 */
public record LeadQuery(@Nullable LeadStatus status, @Nullable Channel channel, @Nullable Grade grade,
                        @Nullable String ownerId, @Nullable String team, @Nullable Boolean overdue,
                        @Nullable Instant capturedFrom, @Nullable Instant capturedTo, LeadSort sort) {
}
