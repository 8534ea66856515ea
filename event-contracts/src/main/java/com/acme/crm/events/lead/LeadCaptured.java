package com.acme.crm.events.lead;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A new lead entered the pipeline (rule L-1), with its first-contact deadline (rule L-2).
 *
 * @param leadId the lead
 * @param channel the source channel (L-1): TRADE_SHOW, WEBSITE, REFERRAL, COLD_CALL, SOCIAL_MEDIA,
 *        INDUSTRY_PLATFORM, SALES_VISIT or OTHER
 * @param company the prospect's company, if known
 * @param ownerId the rep the lead is assigned to
 * @param team the owning team
 * @param referrerCustomerId the referring customer of a REFERRAL lead
 * @param capturedAt when the lead was captured
 * @param firstContactDueAt the first-contact deadline (L-2)
 * @param followUpEmailDueAt the tailored follow-up e-mail deadline of a trade-show lead (L-2)
 * @param contactFingerprints salted hashes of the normalised phone and e-mail, for duplicate matching (L-3);
 *        never the contact data itself (B-3)
 */
@EventType(value = "crm.lead.captured.v1", topic = Topics.LEAD)
public record LeadCaptured(
        UUID leadId,
        String channel,
        @Nullable String company,
        String ownerId,
        String team,
        @Nullable UUID referrerCustomerId,
        Instant capturedAt,
        Instant firstContactDueAt,
        @Nullable Instant followUpEmailDueAt,
        List<String> contactFingerprints) implements LeadEvent {
}
