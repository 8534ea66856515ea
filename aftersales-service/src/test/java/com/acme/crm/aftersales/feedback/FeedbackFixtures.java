package com.acme.crm.aftersales.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Feedback in domain terms, for the A-3 tests. */
final class FeedbackFixtures {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private FeedbackFixtures() {
    }

    static Feedback received(FeedbackClass classification) {
        return Feedback.receive(UUID.randomUUID(), "rep-1", "east", classification, "The press is loud at start-up",
                FeedbackRouting.standard(), "agent-1", NOW);
    }

    static Feedback shipped() {
        Feedback feedback = received(FeedbackClass.PRODUCT);
        feedback.shipImprovement("Quieter motor mount, firmware 2.4", "rd-lead", Duration.ofDays(3),
                NOW.plus(Duration.ofDays(30)));
        return feedback;
    }
}
