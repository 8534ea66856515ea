package com.acme.crm.customer.plan;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A snapshot of a daily plan, as stored and as events carry it.
 *
 * @param revision 1 for the first submission, one more for each revision
 * @param late the first submission came after the day's deadline
 * @param decisionComment the manager's comment on the last decision (required to send a plan back)
 * @param review the evening review, once filed
 */
public record DailyPlanState(UUID id, String repId, String team, LocalDate date, DailyPlan.Status status, int revision,
                             DailyCounts targets, List<UUID> targetCustomerIds, List<UUID> targetLeadIds, boolean late,
                             Instant firstSubmittedAt, Instant submittedAt, @Nullable String decidedBy,
                             @Nullable Instant decidedAt, @Nullable String decisionComment,
                             @Nullable DailyReview review, long version) {

    public DailyPlanState {
        targetCustomerIds = List.copyOf(targetCustomerIds);
        targetLeadIds = List.copyOf(targetLeadIds);
    }
}
