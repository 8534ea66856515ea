package com.acme.crm.aftersales.feedback;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A piece of customer feedback. A-3: classified PRODUCT, SERVICE or PROCESS and routed to R&D, after-sales or
 * operations; when the improvement ships the customer is told: the customer's owner gets a closed-loop task. An
 * improvement ships once; a second shipment is refused naming A-3.
 */
public final class Feedback {

    private FeedbackState s;

    private Feedback(FeedbackState state) {
        this.s = state;
    }

    public static Feedback restore(FeedbackState state) {
        return new Feedback(state);
    }

    /** received from (or about) a customer and routed to the queue of its class. */
    public static Feedback receive(UUID customerId, String ownerId, String team, FeedbackClass classification,
                                   String summary, FeedbackRouting routing, String by, Instant now) {
        return new Feedback(new FeedbackState(UUID.randomUUID(), customerId, ownerId, team, classification,
                routing.queueFor(classification), summary, by, now, null, 0));
    }

    public FeedbackEvent.Received received() {
        return new FeedbackEvent.Received(s.id(), s.customerId(), s.team(), s.classification(), s.queue(),
                s.receivedBy(), s.receivedAt());
    }

    /**
     * the improvement shipped; closes the loop with a task for the customer's (current) owner to tell the
     * customer within {@code tellWithin}.
     */
    public FeedbackEvent.ImprovementShipped shipImprovement(String improvement, String by, Duration tellWithin,
                                                            Instant now) {
        if (s.shipment() != null) {
            throw new BusinessRuleViolation("A-3", "The improvement for feedback " + s.id() + " already shipped at "
                    + s.shipment().shippedAt() + "; the customer is told once");
        }
        FeedbackState.Shipment shipment = new FeedbackState.Shipment(improvement, by, now, UUID.randomUUID(),
                s.ownerId(), now.plus(tellWithin));
        s = new FeedbackState(s.id(), s.customerId(), s.ownerId(), s.team(), s.classification(), s.queue(),
                s.summary(), s.receivedBy(), s.receivedAt(), shipment, s.version());
        return new FeedbackEvent.ImprovementShipped(s.id(), s.customerId(), s.ownerId(), s.team(), s.classification(),
                s.queue(), shipment.taskId(), shipment.taskDueAt(), by, now);
    }

    public FeedbackState state() {
        return s;
    }
}
