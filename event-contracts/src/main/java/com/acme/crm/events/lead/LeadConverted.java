package com.acme.crm.events.lead;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * L-6: a graded lead converts into a customer. Carries what customer-service needs to create the customer except the contact data, which customer-service reads from GET /api/leads/{id}/contact with a SYSTEM token (B-3).
 *
 * @param ownerId the rep who will own the customer
 * @param company the prospect's company
 * @param channel the lead's source channel, for funnel and ROI analytics
 * @param grade the grade at conversion
 * @param referrerCustomerId the referring customer of a referral lead
 * @param linkedCustomerId an existing customer the lead matched (L-3): convert into it rather than a new one
 */
@EventType(value = "crm.lead.converted.v1", topic = Topics.LEAD)
public record LeadConverted(
        UUID leadId,
        String ownerId,
        String team,
        @Nullable String company,
        String channel,
        String grade,
        @Nullable UUID referrerCustomerId,
        @Nullable UUID linkedCustomerId,
        List<String> contactFingerprints,
        String convertedBy,
        Instant convertedAt) implements LeadEvent {
}
