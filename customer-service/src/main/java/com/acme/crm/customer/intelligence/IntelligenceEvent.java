package com.acme.crm.customer.intelligence;

import java.time.Instant;

/** What happened to a market intelligence report (N-9); each carries a snapshot of the report. */
public sealed interface IntelligenceEvent {

    IntelligenceReportState report();

    /** Filed and routed to its department's queue. */
    record Filed(IntelligenceReportState report, Instant at) implements IntelligenceEvent {
    }

    /** Acknowledged by a reader of the product department (audited only). */
    record Reviewed(IntelligenceReportState report, Instant at) implements IntelligenceEvent {
    }
}
