package com.acme.crm.chassis.jobs;

import java.time.Duration;

/**
 * What one run of a job came to.
 *
 * @param job the job's name
 * @param outcome how it ended
 * @param handled how many items it handled (0 when its work emits no count, or when it did not succeed)
 * @param took how long it ran
 */
public record JobRun(String job, Outcome outcome, long handled, Duration took) {

    /** The {@code outcome} tag of {@code crm_job_runs_total}. */
    public enum Outcome {
        SUCCESS, FAILURE, TIMEOUT;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
