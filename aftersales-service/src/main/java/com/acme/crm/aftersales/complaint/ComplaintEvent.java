package com.acme.crm.aftersales.complaint;

import java.time.Instant;

/** What happened to a complaint, with the complaint as it stands after it. */
public sealed interface ComplaintEvent {

    ComplaintState complaint();

    record Raised(ComplaintState complaint) implements ComplaintEvent {
    }

    /** Still unresolved past the escalation deadline: the team's manager takes it up (once). */
    record Escalated(ComplaintState complaint, Instant at) implements ComplaintEvent {
    }

    record Resolved(ComplaintState complaint) implements ComplaintEvent {
    }

    record Closed(ComplaintState complaint) implements ComplaintEvent {
    }

    record ClockBreached(ComplaintState complaint, ComplaintClock clock, Instant dueAt, Instant at)
            implements ComplaintEvent {
    }
}
