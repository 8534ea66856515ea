package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * the improvement a customer's feedback asked for shipped; the loop closes with a task for the customer's owner
 * to tell the customer by taskDueAt. No feedback or improvement text.
 *
 * @param classification PRODUCT, SERVICE or PROCESS
 * @param queue the queue that worked on it: R_AND_D, AFTER_SALES or OPERATIONS
 */
@EventType(value = "crm.feedback.improvement-shipped.v1", topic = Topics.AFTERSALES)
public record FeedbackImprovementShipped(
        UUID feedbackId,
        UUID customerId,
        String ownerId,
        String team,
        String classification,
        String queue,
        UUID taskId,
        Instant taskDueAt,
        String shippedBy,
        Instant shippedAt) implements FeedbackEvent {
}
