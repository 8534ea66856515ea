package com.acme.crm.events.lead;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * L-2: a contact with the prospect was recorded; the first one stops the first-contact clock.
 *
 * @param method how
 * @param direction who initiated (B-1 limits outbound contacts)
 * @param firstContact true for the contact that stopped the first-contact clock
 * @param withinSla true if the first contact came before its deadline
 */
@EventType(value = "crm.lead.contacted.v1", topic = Topics.LEAD)
public record LeadContacted(
        UUID leadId,
        String ownerId,
        String team,
        String method,
        String direction,
        String outcome,
        boolean firstContact,
        boolean withinSla,
        Instant contactedAt) implements LeadEvent {
}
