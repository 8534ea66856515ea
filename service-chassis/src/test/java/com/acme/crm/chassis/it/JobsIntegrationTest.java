package com.acme.crm.chassis.it;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.jobs.JobRun;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.test.CrmIntegrationTest;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The job mechanism at volume: drained claims, timeouts that release locks, runs counted, nightly cron runs. */
@CrmIntegrationTest
class JobsIntegrationTest {

    private static final int DUE_ROWS = 2_300;

    @Autowired
    Jobs jobs;
    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void freshProbeRows() {
        db.sql("delete from job_probe").then()
                .then(db.sql("insert into job_probe (id, due_at) select n, :due from generate_series(1, :rows) n")
                        .bind("due", clock.instant().minusSeconds(60)).bind("rows", DUE_ROWS).then())
                .then(db.sql("insert into job_probe (id, due_at) values (-1, :far)")
                        .bind("far", clock.instant().plus(Duration.ofDays(3650))).then())
                .block(Duration.ofSeconds(20));
    }

    @Test
    void aClaimFarLargerThanTheFetchWindowIsHandledExactlyOnceWithoutStalling() {
        JobRun run = jobs.run("probe-due").block(Duration.ofSeconds(60));

        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        assertThat(run.handled()).isEqualTo(DUE_ROWS);
        assertThat(count("select count(*) from job_probe where id > 0 and handled = 1")).isEqualTo(DUE_ROWS);
        assertThat(count("select count(*) from job_probe where handled > 1")).isZero();
    }

    @Test
    void aCommandOnAClaimedRowAnswersWithinASecondWhileTheJobRuns() {
        CompletableFuture<JobRun> running = jobs.run("probe-due").subscribeOn(Schedulers.boundedElastic()).toFuture();
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from job_probe where handled = 1") > 0);

        long started = System.nanoTime();
        db.sql("update job_probe set note = 'a rep touched it' where id = :id").bind("id", DUE_ROWS - 1L).then()
                .block(Duration.ofSeconds(5));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(running.join().outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        assertThat(count("select count(*) from job_probe where id > 0 and handled = 1")).isEqualTo(DUE_ROWS);
    }

    @Test
    void aRunPastItsTimeoutIsRolledBackReleasesItsLocksAndIsCounted() {
        double timeoutsBefore = runs("probe-stuck", "timeout");
        long started = System.nanoTime();

        JobRun run = jobs.run("probe-stuck").block(Duration.ofSeconds(15));

        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(runs("probe-stuck", "timeout")).isEqualTo(timeoutsBefore + 1);
        // The lock is gone: another writer gets the row at once, and the stuck job's change was rolled back.
        Long updated = db.sql("update job_probe set note = 'after' where id = -1 and note is null").fetch()
                .rowsUpdated().block(Duration.ofSeconds(2));
        assertThat(updated).isOne();
        assertThat(meters.find("crm.job.duration").tag("job", "probe-stuck").timer()).isNotNull();
    }

    @Test
    void theDatabaseEndsAJobTransactionThatOutlivesItsTimeout() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> jobs.inTransaction("probe-stuck", db.sql("select pg_sleep(10)").then())
                .block(Duration.ofSeconds(15)))
                .hasStackTraceContaining("timeout"); // PostgreSQL 17: transaction timeout; before: statement timeout
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aNightlyJobRunsOnceWhenTheClockPassesItsTimeInTheBusinessZone() {
        ZonedDateTime local = clock.instant().atZone(ZoneId.of("Asia/Shanghai"));
        ZonedDateTime nextTwoAm = local.toLocalDate().plusDays(local.getHour() < 2 ? 0 : 1).atTime(2, 0)
                .atZone(local.getZone());
        int before = JobProbes.NIGHTLY_RUNS.get();

        clock.advance(Duration.between(clock.instant(), nextTwoAm.toInstant()).minusMinutes(5));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> JobProbes.NIGHTLY_RUNS.get() == before);

        clock.advance(Duration.ofMinutes(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> JobProbes.NIGHTLY_RUNS.get() == before + 1);

        clock.advance(Duration.ofHours(1));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> JobProbes.NIGHTLY_RUNS.get() == before + 1);
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(5));
    }

    private double runs(String job, String outcome) {
        var counter = meters.find("crm.job.runs").tag("job", job).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
