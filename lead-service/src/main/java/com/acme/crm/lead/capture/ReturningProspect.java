package com.acme.crm.lead.capture;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * L-10: a prospect who comes back when their rep has not contacted them for more than {@code after} (a week) goes to
 * the rep who receives them now. Measured from the lead's last recorded contact, or from its capture if it was never
 * contacted; exactly the period is still the owner's.
 */
public record ReturningProspect(Duration after) {

    /** Whether the lead's owner has let it go untouched for longer than the period. */
    public boolean goesToTheCapturer(Instant capturedAt, @Nullable Instant lastContactAt, Instant now) {
        Instant since = lastContactAt != null ? lastContactAt : capturedAt;
        return since.plus(after).isBefore(now);
    }
}
