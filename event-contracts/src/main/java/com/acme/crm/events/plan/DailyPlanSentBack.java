package com.acme.crm.events.plan;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * the manager sent a rep's plan back for a revision (the comment stays in customer-service's API and audit).
 *
 * @param date the business day of the plan (in the business time zone)
 * @param revision the revision that was sent back
 */
@EventType(value = "crm.plan.daily-sent-back.v1", topic = Topics.CUSTOMER)
public record DailyPlanSentBack(
        UUID planId,
        String repId,
        String team,
        LocalDate date,
        int revision,
        String sentBackBy,
        Instant sentBackAt) implements PlanEvent {
}
