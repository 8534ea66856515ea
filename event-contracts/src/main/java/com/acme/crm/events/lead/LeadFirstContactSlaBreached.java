package com.acme.crm.events.lead;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * L-2: a lead passed a deadline without the contact it was owed; published once per breach. The lead stays open; the owner's manager is to be notified.
 *
 * @param team the team whose manager is notified
 * @param sla which deadline
 * @param dueAt the deadline
 * @param breachedAt when the breach was detected
 */
@EventType(value = "crm.lead.first-contact-sla-breached.v1", topic = Topics.LEAD)
public record LeadFirstContactSlaBreached(
        UUID leadId,
        String ownerId,
        String team,
        String sla,
        Instant dueAt,
        Instant breachedAt) implements LeadEvent {
}
