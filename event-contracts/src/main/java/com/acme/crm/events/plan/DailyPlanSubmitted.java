package com.acme.crm.events.plan;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * a rep submitted (or, after a send-back, revised) the plan of a business day for the manager's approval: the
 * day's targets and the customers and leads aimed at. Ids and counts only (B-3).
 *
 * @param date the business day of the plan (in the business time zone)
 * @param revision 1 for the first submission, one more for each revision of the same day's plan
 * @param targetCustomerIds customers the rep means to visit or contact that day (all in the rep's data scope)
 * @param targetLeadIds leads the rep means to work that day (owned by lead-service; not checked here)
 * @param late first submitted after the day's deadline (09:30 in the business zone by default)
 */
@EventType(value = "crm.plan.daily-submitted.v1", topic = Topics.CUSTOMER)
public record DailyPlanSubmitted(
        UUID planId,
        String repId,
        String team,
        LocalDate date,
        int revision,
        int targetCalls,
        int targetVisits,
        int targetNewIntentCustomers,
        List<UUID> targetCustomerIds,
        List<UUID> targetLeadIds,
        boolean late,
        Instant submittedAt) implements PlanEvent {
}
