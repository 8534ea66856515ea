package com.acme.crm.aftersales.inspection;

import com.acme.crm.aftersales.survey.Quarter;
import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.jobs.JobRun;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A-5's quarterly round at volume: 1,000 customers with an accepted order, each inspected last quarter, each get one
 * inspection of this quarter, due at its end, and a second run issues none.
 */
@CrmIntegrationTest
class QuarterlyInspectionsAtVolumeIntegrationTest {

    private static final int CUSTOMERS = 1_000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;
    @Autowired
    Jobs jobs;

    @Test
    void a5_aThousandCustomersWithAnAcceptedOrderGetOneInspectionOfTheQuarterEachLastQuartersNotCounting() {
        String team = TestTokens.uniqueTeam();
        db.sql("""
                        insert into inspection_customer (customer_id, owner_id, team, first_accepted_at, updated_at)
                        select gen_random_uuid(), 'rep-' || :team, :team, :now, :now from generate_series(1, :n)""")
                .bind("team", team).bind("now", clock.instant()).bind("n", CUSTOMERS)
                .fetch().rowsUpdated().block(Duration.ofSeconds(30));
        Quarter quarter = Quarter.of(clock.instant(), ZONE);
        Quarter previous = quarter.number() == 1 ? new Quarter(quarter.year() - 1, 4)
                : new Quarter(quarter.year(), quarter.number() - 1);
        // Each was inspected last quarter: that one does not count for this quarter.
        db.sql("""
                        insert into inspection (id, customer_id, owner_id, team, quarter, created_at, due_at,
                          completed_by, completed_at, findings)
                        select gen_random_uuid(), customer_id, owner_id, team, :previous, :now, :now, 'agent', :now, 'ok'
                        from inspection_customer where team = :team""")
                .bind("previous", previous.toString()).bind("now", clock.instant()).bind("team", team)
                .fetch().rowsUpdated().block(Duration.ofSeconds(30));

        JobRun run = jobs.run(InspectionDesk.QUARTERLY_JOB).block(Duration.ofSeconds(60));
        JobRun again = jobs.run(InspectionDesk.QUARTERLY_JOB).block(Duration.ofSeconds(60));

        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        assertThat(again.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        assertThat(count("select count(*) from inspection where team = '" + team + "' and quarter = '" + quarter
                + "' and due_at = '" + quarter.end(ZONE) + "'::timestamptz and completed_at is null"))
                .isEqualTo(CUSTOMERS);
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.inspection.due.v1'"
                + " and payload->>'team' = '" + team + "'")).isEqualTo(CUSTOMERS);
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
