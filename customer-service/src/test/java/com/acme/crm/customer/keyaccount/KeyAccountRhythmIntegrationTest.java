package com.acme.crm.customer.keyaccount;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.jobs.JobRun;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.customer.LeadServiceStub;
import com.acme.crm.customer.customer.TeamCustomers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C-12's quarterly run on the real PostgreSQL: a thousand customers of every tier and state, once per customer and
 * quarter whatever the reruns, the quarter turning at midnight Shanghai, and the managers' quarter view. Other tests'
 * customers share the database, so every count is of this test's team.
 */
@CrmIntegrationTest
class KeyAccountRhythmIntegrationTest extends LeadServiceStub {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;
    @Autowired
    Jobs jobs;
    @Autowired
    KeyAccountJobs keyAccountJobs;

    private String team;

    /**
     * The team's 1,000 customers leave with the test: left behind, a later test that moves the clock six months would
     * find them all dormancy candidates and its own customer's event would queue behind theirs (C-9).
     */
    @AfterEach
    void forgetTheTeam() {
        TeamCustomers.forget(db, team);
    }

    @BeforeEach
    void team() {
        team = TestTokens.uniqueTeam();
    }

    @Test
    void c12_aThousandCustomersGetTheirReviewsAndConversationsOnceAndTheManagerSeesTheQuarter() {
        Instant now = clock.instant();
        seed(200, "A", null, null);                                  // A, active: review and conversation
        seed(50, "A", now.minus(Duration.ofDays(1)), null);          // A, dormant: review only
        seed(250, "B", null, null);                                  // active: conversation
        seed(250, "C", now.minus(Duration.ofDays(1)), null);         // dormant (C-9): nothing
        seed(250, "C", null, now.plus(Duration.ofDays(30)));         // paused (C-6): nothing

        run();
        run();

        assertThat(tasks("BUSINESS_REVIEW")).isEqualTo(250);
        assertThat(tasks("DEEP_CONVERSATION")).isEqualTo(450);
        String quarter = Quarter.of(clock.instant().atZone(SHANGHAI).toLocalDate()).toString();
        assertThat(count("select count(*) from key_account_task k join customer c on c.id = k.customer_id"
                + " where c.team = '" + team + "' and k.quarter = '" + quarter + "'")).isEqualTo(700);
        assertThat(count("select count(*) from customer_task t join key_account_task k on k.task_id = t.id"
                + " where t.team = '" + team + "' and t.kind = k.kind and t.owner_id = 'rep-" + team + "'"))
                .as("every task is the owner's and recorded with its quarter").isEqualTo(700);

        String manager = TestTokens.manager("mgr-" + team, team);
        web.get().uri("/api/key-accounts/rhythm?quarter={q}&size=100", quarter)
                .headers(h -> h.setBearerAuth(manager)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.quarter").isEqualTo(quarter)
                .jsonPath("$.page.totalItems").isEqualTo(250)
                .jsonPath("$.page.items.length()").isEqualTo(100)
                .jsonPath("$.page.items[?(@.status == 'NOT_OPENED' || @.status == 'DONE')]").isEmpty();

        UUID reviewed = anyOf("A");
        web.post().uri("/api/key-accounts/{id}/completions", reviewed)
                .headers(h -> h.setBearerAuth(TestTokens.rep("rep-" + team, team)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "BUSINESS_REVIEW")).exchange()
                .expectStatus().isNoContent();
        UUID promoted = anyOf("B");
        db.sql("update customer set tier = 'A' where id = :id").bind("id", promoted).then()
                .block(Duration.ofSeconds(5));

        web.get().uri("/api/key-accounts/rhythm?quarter={q}&size=200&page=1", quarter)
                .headers(h -> h.setBearerAuth(manager)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.page.totalItems").isEqualTo(251);
        assertThat(statusOf(manager, quarter, reviewed)).isEqualTo("DONE");
        assertThat(statusOf(manager, quarter, promoted)).as("turned A after the run: reviewed next quarter")
                .isEqualTo("NOT_OPENED");
        web.get().uri("/api/key-accounts/rhythm?quarter={q}", quarter)
                .headers(h -> h.setBearerAuth(TestTokens.manager("mgr-x", TestTokens.uniqueTeam()))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.page.totalItems").isEqualTo(0);
        web.get().uri("/api/key-accounts/rhythm?quarter=2026-Q7").headers(h -> h.setBearerAuth(manager)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("quarter");
        web.get().uri("/api/key-accounts/rhythm").headers(h -> h.setBearerAuth(TestTokens.token("fin", null,
                Role.FINANCE))).exchange().expectStatus().isForbidden();
    }

    /**
     * The next quarter's turn without moving the shared clock there (it only moves forward, and other tests pin dates
     * within a year of today): the run is made as at 23:59 on the quarter's last day and 00:01 on the next's, Shanghai.
     */
    @Test
    void c12_theQuarterTurnsAtMidnightShanghaiAndEachQuarterOpensItsTasksOnce() {
        Quarter current = Quarter.of(clock.instant().atZone(SHANGHAI).toLocalDate());
        ZonedDateTime lastMinute = current.end().atStartOfDay(SHANGHAI).minusMinutes(1); // e.g. 31 Mar 23:59
        seed(1, "A", null, null);

        openAt(lastMinute.toInstant());
        assertThat(count("select count(*) from key_account_task k join customer c on c.id = k.customer_id"
                + " where c.team = '" + team + "' and k.quarter = '" + current + "'")).isEqualTo(2);

        Instant firstMinute = lastMinute.plusMinutes(2).toInstant(); // 00:01 in Shanghai; UTC is still on the last day
        assertThat(firstMinute.atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(lastMinute.toLocalDate());
        openAt(firstMinute);
        openAt(firstMinute.plusSeconds(60));

        Quarter next = Quarter.of(current.end());
        assertThat(count("select count(*) from key_account_task k join customer c on c.id = k.customer_id"
                + " where c.team = '" + team + "' and k.quarter = '" + next + "'")).isEqualTo(2);
        assertThat(tasks("BUSINESS_REVIEW")).isEqualTo(2);
        assertThat(tasks("DEEP_CONVERSATION")).isEqualTo(2);
        assertThat(count("select count(*) from customer_task where team = '" + team + "' and kind = 'BUSINESS_REVIEW'"
                + " and due_at = '" + current.end().plusDays(30).atStartOfDay(SHANGHAI).toInstant() + "'"))
                .as("due 30 days into the new quarter").isEqualTo(1);
    }

    private void openAt(Instant at) {
        keyAccountJobs.openQuarterAt(at).block(Duration.ofSeconds(60));
    }

    private String statusOf(String manager, String quarter, UUID customer) {
        for (int page = 0; page < 2; page++) {
            var body = web.get().uri("/api/key-accounts/rhythm?quarter={q}&size=200&page={p}", quarter, page)
                    .headers(h -> h.setBearerAuth(manager)).exchange().expectStatus().isOk()
                    .expectBody(tools.jackson.databind.JsonNode.class).returnResult().getResponseBody();
            for (var item : body.get("page").get("items")) {
                if (item.get("customerId").asString().equals(customer.toString())) {
                    return item.get("status").asString();
                }
            }
        }
        return null;
    }

    private void run() {
        JobRun run = jobs.run(KeyAccountJobs.JOB).block(Duration.ofSeconds(60));
        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
    }

    private long tasks(String kind) {
        return count("select count(*) from customer_task where team = '" + team + "' and kind = '" + kind + "'");
    }

    private UUID anyOf(String tier) {
        return db.sql("select id from customer where team = :team and tier = :tier and dormant_at is null limit 1")
                .bind("team", team).bind("tier", tier)
                .map(row -> row.get("id", UUID.class)).one().block(Duration.ofSeconds(5));
    }

    private void seed(int n, String tier, Instant dormantAt, Instant pausedUntil) {
        var insert = db.sql("""
                        insert into customer (id, company, owner_id, team, tier, registered_at, registered_by,
                          dormant_at, paused_until, updated_at)
                        select gen_random_uuid(), 'Rhythm customer ' || :tier || n, :owner, :team, :tier, :now, 'test',
                          :dormant, :paused, :now
                        from generate_series(1, :n) n""")
                .bind("owner", "rep-" + team).bind("team", team).bind("tier", tier).bind("now", clock.instant())
                .bind("n", n);
        insert = dormantAt == null ? insert.bindNull("dormant", Instant.class) : insert.bind("dormant", dormantAt);
        insert = pausedUntil == null ? insert.bindNull("paused", Instant.class) : insert.bind("paused", pausedUntil);
        insert.then().block(Duration.ofSeconds(30));
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
