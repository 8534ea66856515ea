package com.acme.crm.events.lead;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * L-4: a contacted lead was graded A to D (D or better counts as graded in the funnel).
 *
 * @param previousGrade the grade before, if any
 */
@EventType(value = "crm.lead.graded.v1", topic = Topics.LEAD)
public record LeadGraded(
        UUID leadId,
        String ownerId,
        String team,
        String grade,
        @Nullable String previousGrade,
        Instant gradedAt) implements LeadEvent {
}
