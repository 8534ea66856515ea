package com.acme.crm.chassis.clock;

import org.springframework.context.ApplicationEventPublisher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with the system clock plus an offset that only moves forward. Used in the local profile and
 * in tests so SLA rules can be tried without waiting; deadline checkers listen for {@link ClockAdvanced}.
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final ApplicationEventPublisher events;

    public AdjustableClock(Clock base, ApplicationEventPublisher events) {
        this.base = base;
        this.events = events;
    }

    /** Moves the clock forward and tells the deadline checkers. */
    public Instant advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward");
        }
        Duration now = offset.accumulateAndGet(amount, Duration::plus);
        Instant instant = base.instant().plus(now);
        events.publishEvent(new ClockAdvanced(amount, instant));
        return instant;
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in another zone that still follows this clock's moves. */
    @Override
    public Clock withZone(ZoneId zone) {
        AdjustableClock adjustable = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return adjustable.withZone(other);
            }

            @Override
            public Instant instant() {
                return adjustable.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
