package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * a customer complaint was recorded (channel, related order; no complainant or content); the apology and initial plan are due within 30 minutes.
 *
 * @param channel one of PHONE, EMAIL, WECHAT, VISIT, LETTER, OTHER
 */
@EventType(value = "crm.complaint.raised.v1", topic = Topics.AFTERSALES)
public record ComplaintRaised(
        UUID complaintId,
        UUID customerId,
        String ownerId,
        String team,
        String channel,
        @Nullable UUID relatedOrderId,
        String raisedBy,
        Instant raisedAt,
        Instant apologyDueAt) implements ComplaintEvent {
}
