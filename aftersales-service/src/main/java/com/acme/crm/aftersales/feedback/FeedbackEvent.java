package com.acme.crm.aftersales.feedback;

import java.time.Instant;
import java.util.UUID;

/** What happened to a piece of feedback; ids and values only, never what the customer said or contact data. */
public sealed interface FeedbackEvent {

    UUID feedbackId();

    /** received and routed to its queue (stays inside the service). */
    record Received(UUID feedbackId, UUID customerId, String team, FeedbackClass classification, FeedbackQueue queue,
                    String by, Instant at) implements FeedbackEvent {
    }

    /** the improvement shipped; the customer's owner has a task to tell the customer (the loop closes). */
    record ImprovementShipped(UUID feedbackId, UUID customerId, String ownerId, String team,
                              FeedbackClass classification, FeedbackQueue queue, UUID taskId, Instant taskDueAt,
                              String by, Instant at) implements FeedbackEvent {
    }
}
