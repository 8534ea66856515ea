package com.acme.crm.chassis.clock;

import java.time.Duration;
import java.time.Instant;

/** The adjustable clock moved forward; deadline checkers run at once instead of at their next tick. */
public record ClockAdvanced(Duration by, Instant now) {
}
