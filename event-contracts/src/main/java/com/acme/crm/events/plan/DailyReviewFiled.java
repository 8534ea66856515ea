package com.acme.crm.events.plan;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * the evening review of an approved daily plan: actual against target, and a reason for each target missed.
 * Visits and the target customers visited are counted from the visit log of that day; calls, new intent customers
 * and the target leads contacted are what the rep reported.
 *
 * @param date the business day of the plan (in the business time zone)
 * @param actualVisits on-site visits in the rep's visit log that day
 * @param visitedCustomerIds target customers with a visit log entry (any method) that day
 * @param contactedLeadIds target leads the rep reported as contacted
 * @param missedTargets each target missed: {@code calls}, {@code visits}, {@code newIntentCustomers},
 *                      {@code customer:<id>} or {@code lead:<id>}
 * @param missReasons the rep's reason for each missed target, in the order of {@code missedTargets}
 */
@EventType(value = "crm.plan.daily-review-filed.v1", topic = Topics.CUSTOMER)
public record DailyReviewFiled(
        UUID planId,
        String repId,
        String team,
        LocalDate date,
        int targetCalls,
        int targetVisits,
        int targetNewIntentCustomers,
        int actualCalls,
        int actualVisits,
        int actualNewIntentCustomers,
        List<UUID> targetCustomerIds,
        List<UUID> visitedCustomerIds,
        List<UUID> targetLeadIds,
        List<UUID> contactedLeadIds,
        List<String> missedTargets,
        List<String> missReasons,
        Instant filedAt) implements PlanEvent {
}
