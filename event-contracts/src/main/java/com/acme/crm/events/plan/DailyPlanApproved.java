package com.acme.crm.events.plan;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * the team's manager (or a director, the general manager) approved a rep's plan of a business day; it carries
 * the approved targets and target customers and leads, which the evening review is measured against.
 *
 * @param date the business day of the plan (in the business time zone)
 * @param revision the revision that was approved
 * @param late the plan was first submitted after the day's deadline
 */
@EventType(value = "crm.plan.daily-approved.v1", topic = Topics.CUSTOMER)
public record DailyPlanApproved(
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
        String approvedBy,
        Instant approvedAt) implements PlanEvent {
}
