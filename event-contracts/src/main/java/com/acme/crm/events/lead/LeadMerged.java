package com.acme.crm.events.lead;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * L-3: a capture matched an open lead by phone or e-mail fingerprint and was recorded on it instead of creating a second lead.
 *
 * @param leadId the open lead the capture was merged into
 * @param channel the channel of the merged capture (L-1)
 * @param capturedBy who captured it
 * @param mergedAt when
 */
@EventType(value = "crm.lead.merged.v1", topic = Topics.LEAD)
public record LeadMerged(
        UUID leadId,
        String channel,
        String capturedBy,
        Instant mergedAt) implements LeadEvent {
}
