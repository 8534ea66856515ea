package com.acme.crm.aftersales.inspection;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One quarterly proactive inspection as stored: whose customer, the team whose service agents own it, the
 * quarter, the stored due time, and once done who did it and when. {@code version} guards concurrent completions.
 */
public record InspectionState(UUID id, UUID customerId, String ownerId, String team, String quarter,
                              Instant createdAt, Instant dueAt, @Nullable Completion completion, long version) {

    /** Due, overdue (due and past {@code dueAt} at {@code now}) or done. */
    public InspectionStatus statusAt(Instant now) {
        if (completion != null) {
            return InspectionStatus.DONE;
        }
        return now.isAfter(dueAt) ? InspectionStatus.OVERDUE : InspectionStatus.DUE;
    }

    /** who inspected, when, and what they found. */
    public record Completion(String by, Instant at, String findings) {
    }
}
