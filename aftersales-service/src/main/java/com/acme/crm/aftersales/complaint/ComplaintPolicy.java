package com.acme.crm.aftersales.complaint;

import java.time.Duration;

/**
 * the complaint clocks: apology and initial plan within 30 min, the plan executed within 24 h of it, the callback
 * within 72 h of the resolution; a complaint still unresolved 24 h after it was raised escalates to the manager.
 */
public record ComplaintPolicy(Duration apologyWithin, Duration executionWithin, Duration callbackWithin,
                              Duration escalateAfter) {

    public static final String RULE = "A-2";

    public static ComplaintPolicy defaults() {
        return new ComplaintPolicy(Duration.ofMinutes(30), Duration.ofHours(24), Duration.ofHours(72),
                Duration.ofHours(24));
    }
}
