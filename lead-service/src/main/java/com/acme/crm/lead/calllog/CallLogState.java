package com.acme.crm.lead.calllog;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Everything stored about one rep's call log of one business day; {@code tally} is the count frozen at closure.
 */
public record CallLogState(String repId, String team, LocalDate date, @Nullable Instant closedAt, boolean late,
                           @Nullable CallTally tally, @Nullable Instant reviewedAt, @Nullable String reviewedBy,
                           @Nullable String reviewComment, long version) {

    public boolean closed() {
        return closedAt != null;
    }

    /** The audit trail's id of the log. */
    public String key() {
        return repId + "/" + date;
    }
}
