package com.acme.crm.aftersales.feedback;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One piece of feedback as stored: whose customer, its class and queue, what the customer said, and, once the
 * improvement shipped, the closed-loop task that tells the customer. {@code version} guards concurrent changes.
 */
public record FeedbackState(UUID id, UUID customerId, String ownerId, String team, FeedbackClass classification,
                            FeedbackQueue queue, String summary, String receivedBy, Instant receivedAt,
                            @Nullable Shipment shipment, long version) {

    /** the improvement shipped, and the task for the customer's owner to tell the customer by {@code dueAt}. */
    public record Shipment(String improvement, String shippedBy, Instant shippedAt, UUID taskId, String taskAssignee,
                           Instant taskDueAt) {
    }
}
