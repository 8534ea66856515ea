package com.acme.crm.aftersales.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Complaints in the states the A-2 tests start from, relative to {@link #NOW} under the default clocks. */
final class ComplaintFixtures {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final String AGENT = "agent-1";
    static final ComplaintPolicy POLICY = ComplaintPolicy.defaults();

    private ComplaintFixtures() {
    }

    static Complaint raisedMinutesAgo(int minutes) {
        return Complaint.raise(UUID.randomUUID(), UUID.randomUUID(), "rep-1", "east", "Wang Wei",
                ComplaintChannel.PHONE, "Delivery arrived damaged", null, "rep-1",
                NOW.minus(Duration.ofMinutes(minutes)), POLICY);
    }

    /** Raised 20 minutes ago, apologised and planned 10 minutes ago. */
    static Complaint plannedMinutesAgo(int minutes) {
        Complaint complaint = raisedMinutesAgo(minutes + 10);
        complaint.plan("Replace the damaged unit", AGENT, NOW.minus(Duration.ofMinutes(minutes)), POLICY);
        return complaint;
    }

    static Complaint resolvedHoursAgo(int hours) {
        Complaint complaint = plannedMinutesAgo(hours * 60 + 60);
        complaint.resolve(AGENT, NOW.minus(Duration.ofHours(hours)), POLICY);
        return complaint;
    }
}
