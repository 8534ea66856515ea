package com.acme.crm.lead.calllog;

import com.acme.crm.lead.lead.Contact;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * What happened to a call log, each with a snapshot of the log after the change. Only a closure is published
 * (CallLogClosed); the others are audited.
 */
public sealed interface CallLogEvent {

    CallLogState log();

    /** The rep added a call that is neither a lead nor a customer contact: its outcome and note, never the number. */
    record CallAdded(CallLogState log, UUID callId, Contact.Outcome outcome, Instant at) implements CallLogEvent {
    }

    /** The rep listed an open customer question for the manager. */
    record QuestionAsked(CallLogState log, UUID questionId, @Nullable UUID customerId, @Nullable UUID leadId,
                         Instant at) implements CallLogEvent {
    }

    /** The rep closed the log for the evening meeting with these counts; {@code log().late()} past the deadline. */
    record Closed(CallLogState log, CallTally tally, Instant at) implements CallLogEvent {
    }

    /** The manager reviewed the closed log. */
    record Reviewed(CallLogState log, String by, Instant at) implements CallLogEvent {
    }
}
