package com.acme.crm.events.calllog;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * a rep closed the call log of a business day for the evening meeting; closed after the deadline it is flagged
 * late. Counts only, never a phone number or a question's text (B-3).
 *
 * @param date the business day of the log (in the business time zone)
 * @param leadCalls phone contacts with leads the rep recorded that day
 * @param customerCalls phone touches with customers the rep recorded that day
 * @param otherCalls calls the rep added that are neither lead nor customer contacts
 * @param effectiveCalls calls whose recorded result says the person was reached
 * @param openQuestions customer questions the rep left for the manager
 * @param late closed after the day's deadline (the evening meeting)
 */
@EventType(value = "crm.calllog.closed.v1", topic = Topics.LEAD)
public record CallLogClosed(
        String repId,
        String team,
        LocalDate date,
        int leadCalls,
        int customerCalls,
        int otherCalls,
        int effectiveCalls,
        int openQuestions,
        boolean late,
        Instant closedAt) implements CallLogEvent {
}
