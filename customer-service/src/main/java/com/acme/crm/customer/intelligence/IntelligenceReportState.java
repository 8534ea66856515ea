package com.acme.crm.customer.intelligence;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A stored market intelligence report (N-9): the observation, where it was routed and its acknowledgement. */
public record IntelligenceReportState(UUID id, String filedBy, @Nullable String team, String department,
                                      Observation observation, String currency, IntelligenceReport.Status status,
                                      Instant filedAt, @Nullable String reviewedBy, @Nullable Instant reviewedAt,
                                      @Nullable String reviewNote, long version) {
}
