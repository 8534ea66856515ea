package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * a complaint missed one of its clocks (apology and initial plan, plan execution, callback); published once per clock.
 *
 * @param clock one of APOLOGY, EXECUTION, CALLBACK
 */
@EventType(value = "crm.complaint.clock-breached.v1", topic = Topics.AFTERSALES)
public record ComplaintClockBreached(
        UUID complaintId,
        UUID customerId,
        String ownerId,
        String team,
        String clock,
        Instant dueAt,
        Instant breachedAt) implements ComplaintEvent {
}
