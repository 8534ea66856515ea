package com.acme.crm.aftersales;

import com.acme.crm.aftersales.complaint.ComplaintClocks;
import com.acme.crm.aftersales.ticket.TicketClocks;
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
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The after-sales clocks at volume: 1,000 tickets past their first-response deadline breach once each, and
 * 1,000 complaints past their apology deadline breach once each, in claimed batches.
 */
@CrmIntegrationTest
class AftersalesJobsAtVolumeIntegrationTest {

    private static final int ROWS = 1_000;

    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;
    @Autowired
    Jobs jobs;

    @Test
    void a1_aThousandTicketsPastTheirResponseDeadlineBreachOnceEach() {
        String team = TestTokens.uniqueTeam();
        Instant now = clock.instant();
        db.sql("""
                        insert into ticket (id, customer_id, type, priority, description, owner_id, team, status,
                          opened_by, opened_at, response_due_at, resolution_due_at)
                        select gen_random_uuid(), gen_random_uuid(), 'HARDWARE_FAULT', 'NORMAL', 'hums',
                          'rep-' || :team, :team, 'OPEN', 'rep-' || :team, :now - interval '2 hours',
                          :now - interval '1 hour', :now + interval '46 hours'
                        from generate_series(1, :n) n""")
                .bind("team", team).bind("now", now).bind("n", ROWS)
                .fetch().rowsUpdated().block(Duration.ofSeconds(30));

        assertThat(jobs.run(TicketClocks.BREACH_JOB).block(Duration.ofSeconds(120)).outcome())
                .isEqualTo(JobRun.Outcome.SUCCESS);
        jobs.run(TicketClocks.BREACH_JOB).block(Duration.ofSeconds(120));

        assertThat(count("select count(*) from ticket where team = '" + team + "' and response_breached_at is not null"
                + " and escalated_at is not null and resolution_breached_at is null")).isEqualTo(ROWS);
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.ticket.sla-breached.v1'"
                + " and payload->>'team' = '" + team + "' and payload->>'clock' = 'RESPONSE'")).isEqualTo(ROWS);
        assertThat(count("select count(*) from (select message_key from outbox_event where event_type ="
                + " 'crm.ticket.sla-breached.v1' and payload->>'team' = '" + team + "' group by 1"
                + " having count(*) > 1) twice")).isZero();
    }

    @Test
    void a2_aThousandComplaintsPastTheirApologyDeadlineBreachOnceEach() {
        String team = TestTokens.uniqueTeam();
        Instant now = clock.instant();
        db.sql("""
                        insert into complaint (id, customer_id, owner_id, team, complainant, channel, content, status,
                          raised_by, raised_at, apology_due_at, escalation_due_at)
                        select gen_random_uuid(), gen_random_uuid(), 'rep-' || :team, :team, 'Wang Wei', 'PHONE',
                          'late', 'RAISED', 'rep-' || :team, :now - interval '1 hour', :now - interval '30 minutes',
                          :now + interval '23 hours'
                        from generate_series(1, :n) n""")
                .bind("team", team).bind("now", now).bind("n", ROWS)
                .fetch().rowsUpdated().block(Duration.ofSeconds(30));

        assertThat(jobs.run(ComplaintClocks.CLOCK_JOB).block(Duration.ofSeconds(120)).outcome())
                .isEqualTo(JobRun.Outcome.SUCCESS);
        jobs.run(ComplaintClocks.CLOCK_JOB).block(Duration.ofSeconds(120));

        assertThat(count("select count(*) from complaint where team = '" + team
                + "' and apology_breached_at is not null and escalated_at is null")).isEqualTo(ROWS);
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.complaint.clock-breached.v1'"
                + " and payload->>'team' = '" + team + "' and payload->>'clock' = 'APOLOGY'")).isEqualTo(ROWS);
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.complaint.escalated.v1'"
                + " and payload->>'team' = '" + team + "'")).isZero();
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
