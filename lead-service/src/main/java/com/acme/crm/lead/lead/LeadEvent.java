package com.acme.crm.lead.lead;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * What happened to a lead, as the domain reports it; the messaging adapter publishes each as an integration
 * event. Every event carries an immutable snapshot of the lead's state right after the change, never the live
 * aggregate, so what is published is what the change produced, whatever happens to the lead afterwards.
 */
public sealed interface LeadEvent {

    /** The lead's state right after the change. */
    LeadState lead();

    /** The lead the event is about. */
    default java.util.UUID leadId() {
        return lead().id();
    }

    /** L-1: a lead entered the pipeline. */
    record Captured(LeadState lead) implements LeadEvent {
    }

    /** L-3: a capture matched this open lead and was recorded on it. */
    record Merged(LeadState lead, Channel channel, String capturedBy, Instant at) implements LeadEvent {
    }

    /** L-8: the lead got a new owner; its deadlines did not move. */
    record Assigned(LeadState lead, String previousOwnerId, String assignedBy, Instant at) implements LeadEvent {
    }

    /** L-2: a contact was recorded; {@code first} if it stopped the first-contact clock. */
    record Contacted(LeadState lead, Contact contact, boolean first, boolean withinSla) implements LeadEvent {
    }

    /** L-4: the lead was graded. */
    record Graded(LeadState lead, @Nullable Grade previous, Instant at) implements LeadEvent {
    }

    /** L-2: a deadline passed without the contact it was owed. */
    record SlaBreached(LeadState lead, Sla sla, Instant dueAt, Instant at) implements LeadEvent {
    }

    /** L-5: the lead was archived as invalid. */
    record Archived(LeadState lead, ArchiveReason reason, String by, Instant at) implements LeadEvent {
    }

    /** L-5: an archived lead is back. */
    record Reopened(LeadState lead, String by, Instant at) implements LeadEvent {
    }

    /** L-6: the lead converts into a customer. */
    record Converted(LeadState lead, String by, Instant at) implements LeadEvent {
    }

    /** L-7: the lead went a quarter without a touch; a nurture task is due. */
    record NurtureDue(LeadState lead, UUID taskId, Instant dueAt) implements LeadEvent {
    }

    /** The deadlines of L-2. */
    enum Sla { FIRST_CONTACT, TRADE_SHOW_FOLLOW_UP_EMAIL }
}
