package com.acme.crm.chassis.jobs;

import org.springframework.scheduling.support.CronExpression;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When a job runs: on a fixed interval, or at the times of a cron expression in the business time zone. */
public sealed interface Schedule {

    /** Every {@code interval}; with {@code followsClock}, also at once when the adjustable clock moves. */
    static Schedule every(Duration interval, boolean followsClock) {
        return new Every(interval, followsClock);
    }

    /**
     * At the times of a Spring cron expression (six fields, e.g. {@code 0 0 2 * * *}) in {@code zone}, read from the
     * service's {@link Clock}: a moved clock that passes one of those times runs the job once.
     */
    static Schedule cron(String expression, ZoneId zone) {
        return new Cron(CronExpression.parse(expression), zone);
    }

    /** How often the scheduler looks at this job. */
    Duration tick();

    /** Whether a move of the adjustable clock makes the scheduler look at once. */
    boolean followsClock();

    record Every(Duration interval, boolean followsClock) implements Schedule {
        @Override
        public Duration tick() {
            return interval;
        }
    }

    record Cron(CronExpression expression, ZoneId zone) implements Schedule {

        private static final Duration CHECK = Duration.ofSeconds(30);

        @Override
        public Duration tick() {
            return CHECK;
        }

        @Override
        public boolean followsClock() {
            return true;
        }

        /** The first time after {@code after} the expression names. */
        public Instant next(Instant after) {
            ZonedDateTime next = expression.next(after.atZone(zone));
            if (next == null) {
                throw new IllegalStateException("cron " + expression + " names no future time");
            }
            return next.toInstant();
        }
    }
}
