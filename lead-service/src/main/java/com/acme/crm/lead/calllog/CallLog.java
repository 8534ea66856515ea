package com.acme.crm.lead.calllog;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.lead.lead.Contact;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * one rep's call log of one business day. The day's lead and customer calls gather by themselves; the rep adds
 * other calls and open questions, closes the log before the evening meeting (late after it, never refused), and the
 * manager reviews it. Each method checks its rule, refuses naming R-2 and returns the event.
 */
public final class CallLog {

    /** results that say the person was reached: an effective call. */
    public static final Set<Contact.Outcome> EFFECTIVE = EnumSet.of(Contact.Outcome.REACHED,
            Contact.Outcome.MEETING_AGREED, Contact.Outcome.NOT_INTERESTED);

    private CallLogState s;

    private CallLog(CallLogState state) {
        this.s = state;
    }

    public static CallLog restore(CallLogState state) {
        return new CallLog(state);
    }

    /** a call the rep made that day to someone who is neither a lead nor a customer. */
    public CallLogEvent.CallAdded addCall(String by, UUID callId, Contact.Outcome outcome, Instant at, BusinessDay day,
                                          Instant now) {
        requireRep(by, "adds calls to");
        requireOpen();
        if (!day.contains(at) || at.isAfter(now)) {
            throw new BusinessRuleViolation("R-2", "A call of the log of " + s.date() + " happened that day, by now");
        }
        return new CallLogEvent.CallAdded(s, callId, outcome, at);
    }

    /** an open customer question for the manager. */
    public CallLogEvent.QuestionAsked ask(String by, UUID questionId, @Nullable UUID customerId, @Nullable UUID leadId,
                                          BusinessDay day, Instant now) {
        requireRep(by, "lists questions in");
        requireOpen();
        requireStarted(day, now);
        return new CallLogEvent.QuestionAsked(s, questionId, customerId, leadId, now);
    }

    /**
     * the rep closes the day's log with its counts; after the evening meeting it is flagged late, not refused.
     * A day that has not begun cannot be closed, nor a log twice.
     */
    public CallLogEvent.Closed close(String by, CallTally tally, BusinessDay day, Instant now) {
        requireRep(by, "closes");
        requireStarted(day, now);
        requireOpen();
        s = new CallLogState(s.repId(), s.team(), s.date(), now, day.isLate(now), tally, null, null, null, s.version());
        return new CallLogEvent.Closed(s, tally, now);
    }

    /** the manager reviews a closed log, once, with a comment. */
    public CallLogEvent.Reviewed review(String by, String comment, Instant now) {
        if (by.equals(s.repId())) {
            throw new ForbiddenByRule("R-2", "A rep's call log is reviewed by their manager, not by the rep");
        }
        if (!s.closed()) {
            throw new BusinessRuleViolation("R-2", "The call log of " + s.date() + " is reviewed after the rep closes it");
        }
        if (s.reviewedAt() != null) {
            throw new CallLogConflict("The call log of " + s.date() + " was reviewed already by " + s.reviewedBy());
        }
        s = new CallLogState(s.repId(), s.team(), s.date(), s.closedAt(), s.late(), s.tally(), now, by, comment,
                s.version());
        return new CallLogEvent.Reviewed(s, by, now);
    }

    public CallLogState state() {
        return s;
    }

    public String repId() {
        return s.repId();
    }

    public String team() {
        return s.team();
    }

    public boolean closed() {
        return s.closed();
    }

    /** a rep keeps, and closes, only their own log. */
    public static void requireRep(String repId, String by, String action) {
        if (!by.equals(repId)) {
            throw new ForbiddenByRule("R-2", "Only the rep " + action + " their own call log");
        }
    }

    private void requireRep(String by, String action) {
        requireRep(s.repId(), by, action);
    }

    private void requireOpen() {
        if (s.closed()) {
            throw new CallLogConflict("The call log of " + s.date() + " is closed already (at " + s.closedAt() + ")");
        }
    }

    private void requireStarted(BusinessDay day, Instant now) {
        if (day.isFuture(now)) {
            throw new BusinessRuleViolation("R-2", "The call log of " + day.date() + " cannot be kept before that day");
        }
    }
}
