package com.acme.crm.lead.followup;

import com.acme.crm.lead.Leads;
import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.jobs.JobRun;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The lead jobs at trade-show volume: every due lead handled once, and commands on them answer meanwhile. */
@CrmIntegrationTest
class LeadJobsAtVolumeIntegrationTest {

    private static final int LEADS = 1_000;

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;
    @Autowired
    Jobs jobs;

    private String team;
    private String manager;

    @BeforeEach
    void aThousandTradeShowLeads() {
        team = TestTokens.uniqueTeam();
        manager = TestTokens.manager("mgr-" + team, team);
        List<Map<String, Object>> rows = new ArrayList<>(LEADS);
        for (int i = 0; i < LEADS; i++) {
            rows.add(Leads.tradeShowLead("Visitor " + i));
        }
        web.mutate().responseTimeout(Duration.ofSeconds(60)).build()
                .post().uri("/api/leads/imports").headers(h -> h.setBearerAuth(manager))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(rows).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.created").isEqualTo(LEADS);
    }

    @AfterEach
    void forgetTheTeam() {
        // A job the clock move started may still be writing tasks for these leads: retry until they are gone.
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> Leads.forgetTeam(db, team));
    }

    @Test
    void l2_aThousandLeadsPastTheirDeadlinesBreachOnceEachWhileAContactAnswersWithinASecond() {
        UUID contacted = db.sql("select id from lead where team = :team order by id desc limit 1").bind("team", team)
                .map(row -> row.get("id", UUID.class)).one().block(Duration.ofSeconds(5));

        clock.advance(Duration.ofHours(49)); // the deadline job starts on the clock move
        long started = System.nanoTime();
        web.post().uri("/api/leads/{id}/contacts", contacted).headers(h -> h.setBearerAuth(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("method", "PHONE", "direction", "OUTBOUND", "outcome", "REACHED")).exchange()
                .expectStatus().isOk();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        JobRun run = jobs.run("lead-sla-breaches").block(Duration.ofSeconds(60));
        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        await().atMost(Duration.ofSeconds(30)).until(() -> breachedLeads() == LEADS);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        // One first-contact and one e-mail breach per lead (L-2), each once, the late contact's included.
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.lead.first-contact-sla-breached.v1'"
                + " and message_key in (select id::text from lead where team = '" + team + "')")).isEqualTo(2L * LEADS);
        assertThat(count("select count(*) from (select message_key, payload->>'sla' from outbox_event"
                + " where event_type = 'crm.lead.first-contact-sla-breached.v1' and message_key in"
                + " (select id::text from lead where team = '" + team + "') group by 1, 2 having count(*) > 1) twice"))
                .isZero();
    }

    @Test
    void l7_aThousandLeadsUntouchedForAQuarterGetOneNurtureTaskEach() {
        clock.advance(Duration.ofDays(91));

        JobRun run = jobs.run("lead-nurture").block(Duration.ofSeconds(60));
        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from lead_task where kind = 'NURTURE'"
                + " and lead_id in (select id from lead where team = '" + team + "')") == LEADS);
        assertThat(count("select count(*) from (select lead_id from lead_task where kind = 'NURTURE' and lead_id in"
                + " (select id from lead where team = '" + team + "') group by lead_id having count(*) > 1) twice"))
                .isZero();
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.lead.nurture-task-due.v1'"
                + " and message_key in (select id::text from lead where team = '" + team + "')")).isEqualTo(LEADS);
    }

    private long breachedLeads() {
        return count("select count(*) from lead where team = '" + team + "' and first_contact_breached_at is not null"
                + " and follow_up_email_breached_at is not null");
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
