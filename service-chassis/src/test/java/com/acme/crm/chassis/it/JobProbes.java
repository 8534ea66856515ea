package com.acme.crm.chassis.it;

import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/** Jobs of the chassis test service, shaped like the services' jobs, to test the job mechanism itself. */
@Configuration(proxyBeanMethods = false)
class JobProbes {

    static final int BATCH = 500;
    static final AtomicInteger NIGHTLY_RUNS = new AtomicInteger();

    /** Claims due rows and updates them one statement each: the shape that stalled when it streamed its claim. */
    @Bean
    ScheduledJob probeDue(Jobs jobs, DatabaseClient db, Clock clock) {
        return new ScheduledJob("probe-due", Schedule.every(Duration.ofDays(1), false), () -> jobs.inBatches(
                "probe-due", BATCH,
                limit -> db.sql("select id from job_probe where handled = 0 and due_at < :now order by id"
                                + " limit :limit for update skip locked")
                        .bind("now", clock.instant()).bind("limit", limit)
                        .map(row -> row.get("id", Long.class)).all(),
                ids -> reactor.core.publisher.Flux.fromIterable(ids)
                        .concatMap(id -> db.sql("update job_probe set handled = handled + 1 where id = :id")
                                .bind("id", id).then())
                        .then()));
    }

    /** Changes a row, holds its lock and never finishes: only the timeout ends it. */
    @Bean
    ScheduledJob probeStuck(Jobs jobs, DatabaseClient db) {
        return new ScheduledJob("probe-stuck", Schedule.every(Duration.ofDays(1), false), () -> jobs.inTransaction(
                "probe-stuck", db.sql("update job_probe set note = 'changed by the stuck job' where id = -1").then()
                        .then(Mono.never())));
    }

    @Bean
    ScheduledJob probeNightly() {
        return new ScheduledJob("probe-nightly", Schedule.cron("0 0 2 * * *", ZoneId.of("Asia/Shanghai")),
                () -> Mono.fromCallable(NIGHTLY_RUNS::incrementAndGet));
    }
}
