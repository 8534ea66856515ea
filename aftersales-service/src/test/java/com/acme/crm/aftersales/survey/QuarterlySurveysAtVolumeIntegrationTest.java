package com.acme.crm.aftersales.survey;

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

/** A-4's quarterly round at volume: 1,000 active customers each get one survey of the quarter, and only one. */
@CrmIntegrationTest
class QuarterlySurveysAtVolumeIntegrationTest {

    private static final int CUSTOMERS = 1_000;

    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;
    @Autowired
    Jobs jobs;

    @Test
    void a4_aThousandActiveCustomersGetOneSurveyOfTheQuarterEach() {
        String team = TestTokens.uniqueTeam();
        db.sql("""
                        insert into survey_customer (customer_id, owner_id, team, first_accepted_at, updated_at)
                        select gen_random_uuid(), 'rep-' || :team, :team, :now, :now from generate_series(1, :n)""")
                .bind("team", team).bind("now", clock.instant()).bind("n", CUSTOMERS)
                .fetch().rowsUpdated().block(Duration.ofSeconds(30));
        String quarter = Quarter.of(clock.instant(), ZoneId.of("Asia/Shanghai")).toString();

        JobRun run = jobs.run(SurveyDesk.QUARTERLY_JOB).block(Duration.ofSeconds(60));
        JobRun again = jobs.run(SurveyDesk.QUARTERLY_JOB).block(Duration.ofSeconds(60));

        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        assertThat(again.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        assertThat(count("select count(*) from survey where team = '" + team + "' and kind = 'QUARTERLY'"
                + " and quarter = '" + quarter + "'")).isEqualTo(CUSTOMERS);
        assertThat(count("select count(*) from (select customer_id from survey where team = '" + team + "'"
                + " group by customer_id, quarter having count(*) > 1) twice")).isZero();
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.survey.issued.v1'"
                + " and payload->>'team' = '" + team + "' and payload->>'kind' = 'QUARTERLY'")).isEqualTo(CUSTOMERS);
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
