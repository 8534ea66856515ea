package com.acme.crm.events.lead;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * L-7: an unconverted lead went a quarter without a touch; its owner has a nurture task due.
 *
 * @param lastTouchAt the last contact or capture
 */
@EventType(value = "crm.lead.nurture-task-due.v1", topic = Topics.LEAD)
public record NurtureTaskDue(
        UUID leadId,
        UUID taskId,
        String ownerId,
        String team,
        Instant lastTouchAt,
        Instant dueAt) implements LeadEvent {
}
