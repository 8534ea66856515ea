package com.acme.crm.chassis.jobs;

import reactor.core.publisher.Mono;

import java.util.function.Supplier;

/**
 * A periodic job of a service, declared as a bean and run by {@link Jobs}: the work runs under the job's timeout,
 * never overlaps itself, and is counted in {@code crm_job_runs_total{job,outcome}} and timed in
 * {@code crm_job_duration_seconds{job}}. Work that touches rows must go through {@link Jobs#inBatches}.
 *
 * @param name the job's name in logs, metrics and {@code crm.jobs.timeouts.<name>} (kebab-case)
 * @param schedule when it runs
 * @param work one run; emits how many items it handled (or anything else, which counts as 0)
 */
public record ScheduledJob(String name, Schedule schedule, Supplier<Mono<?>> work) {

    public ScheduledJob {
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("job name must be kebab-case: " + name);
        }
    }
}
