package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * a customer with an accepted order has its proactive inspection of the quarter (e.g. 2026-Q4) due with its team's
 * service agents by dueAt (the end of the quarter); issued once per customer per quarter.
 */
@EventType(value = "crm.inspection.due.v1", topic = Topics.AFTERSALES)
public record InspectionDue(
        UUID inspectionId,
        UUID customerId,
        String ownerId,
        String team,
        String quarter,
        Instant dueAt,
        Instant scheduledAt) implements InspectionEvent {
}
