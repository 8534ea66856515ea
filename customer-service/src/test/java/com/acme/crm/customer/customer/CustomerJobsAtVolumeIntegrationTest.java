package com.acme.crm.customer.customer;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.jobs.JobRun;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.followup.FollowUpJobs;
import com.acme.crm.customer.tier.TierJobs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The customer jobs at the volume of a real book of business: thousands of due rows, each handled once with its
 * event in the outbox, while commands on those customers still answer at once.
 */
@CrmIntegrationTest
class CustomerJobsAtVolumeIntegrationTest extends LeadServiceStub {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;
    @Autowired
    Jobs jobs;

    private String team;

    @BeforeEach
    void team() {
        team = TestTokens.uniqueTeam();
    }

    @AfterEach
    void forgetTheTeam() {
        TeamCustomers.forget(db, team);
    }

    @Test
    void c2_twoThousandFollowUpsPastACadenceEscalateOnceEachWhileATouchAnswersWithinASecond() {
        int customers = 2_000;
        Instant now = clock.instant();
        seedCustomers(customers, "C", now.minus(Duration.ofDays(10)), null, 0);
        exec("""
                insert into customer_task (id, customer_id, owner_id, team, kind, due_at, escalate_at, created_at)
                select gen_random_uuid(), id, owner_id, team, 'CADENCE_CONTACT', :due, :escalate, :due
                from customer where team = :team""",
                Map.of("due", now.minus(Duration.ofDays(40)), "escalate", now.minusSeconds(60), "team", team));
        UUID touched = anyCustomer();

        CompletableFuture<JobRun> running = jobs.run(FollowUpJobs.ESCALATION)
                .subscribeOn(Schedulers.boundedElastic()).toFuture();
        long started = System.nanoTime();
        web.post().uri("/api/customers/{id}/touches", touched)
                .headers(h -> h.setBearerAuth(TestTokens.rep("rep-" + team, team)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("channel", "PHONE", "customerInitiated", true, "at", now.toString()))
                .exchange().expectStatus().is2xxSuccessful();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(running.join().outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        jobs.run(FollowUpJobs.ESCALATION).block(Duration.ofSeconds(60)); // nothing left, nothing twice
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        // The touched customer's follow-up may have been done before the job reached it; every other one escalated.
        long escalated = count("select count(*) from customer_task where team = '" + team + "'"
                + " and escalated_at is not null");
        assertThat(escalated).isBetween(customers - 1L, (long) customers);
        assertThat(count("select count(*) from customer_task where team = '" + team + "' and kind = 'CADENCE_CONTACT'"
                + " and escalated_at is null and done_at is null and customer_id <> '" + touched + "'")).isZero();
        assertOneEventPerCustomer("crm.customer.follow-up-overdue.v1", (int) escalated);
    }

    @Test
    void c6_aThousandEndedPausesResumeOnceEachWithATouchTask() {
        int customers = 1_000;
        seedCustomers(customers, "C", clock.instant().minus(Duration.ofDays(50)), clock.instant().minusSeconds(60), 0);

        assertThat(run(FollowUpJobs.PAUSE_RESUME)).isGreaterThanOrEqualTo(customers);

        assertThat(count("select count(*) from customer where team = '" + team + "' and paused_until is null"))
                .isEqualTo(customers);
        assertThat(count("select count(*) from customer_task where team = '" + team + "' and kind = 'RESUME_TOUCH'"))
                .isEqualTo(customers);
        assertOneEventPerCustomer("crm.customer.contact-resumed.v1", customers);
    }

    @Test
    void c9_aThousandCustomersWithoutAPurchaseForSixMonthsTurnDormantOnceEach() {
        int customers = 1_000;
        seedCustomers(customers, "C", clock.instant().minus(Duration.ofDays(181)), null, 0);

        assertThat(run(TierJobs.DORMANCY)).isGreaterThanOrEqualTo(customers);
        run(TierJobs.DORMANCY);

        assertThat(count("select count(*) from customer where team = '" + team + "' and dormant_at is not null"))
                .isEqualTo(customers);
        assertThat(count("select count(*) from customer_task where team = '" + team + "' and kind = 'REACTIVATION'"))
                .isEqualTo(customers);
        assertOneEventPerCustomer("crm.customer.dormant.v1", customers);
    }

    @Test
    void c1_aThousandTiersWhosePurchasesAgedOutAreRecomputedOnceEachByTheNightlyJob() {
        int customers = 1_000;
        Instant now = clock.instant();
        seedCustomers(customers, "B", now.minus(Duration.ofDays(30)), null, 500_000);
        exec("""
                insert into customer_purchase (order_id, customer_id, amount, signed_at)
                select gen_random_uuid(), id, 500000.00, :signed from customer where team = :team""",
                Map.of("signed", now.minus(Duration.ofDays(400)), "team", team));

        assertThat(run(TierJobs.TIER_RECOMPUTE)).isGreaterThanOrEqualTo(customers);
        run(TierJobs.TIER_RECOMPUTE);

        assertThat(count("select count(*) from customer where team = '" + team + "' and tier = 'C'"
                + " and trailing_purchases = 0")).isEqualTo(customers);
        assertOneEventPerCustomer("crm.customer.tier-changed.v1", customers);
    }

    @Test
    void l6_aThousandConvertedLeadsGetTheirContactPersonFetchedOnceEach() {
        int customers = 1_000;
        seedCustomers(customers, "C", clock.instant(), null, 0);
        exec("insert into lead_contact_fetch (customer_id, lead_id, next_attempt_at)"
                + " select id, gen_random_uuid(), :now from customer where team = :team",
                Map.of("now", clock.instant(), "team", team));

        run("lead-contact-fetch"); // the 200 ms schedule may share the work: together they file each one once

        await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "select count(*) from lead_contact_fetch where done_at is null and customer_id in"
                        + " (select id from customer where team = '" + team + "')") == 0);
        assertThat(count("select count(*) from customer_contact where customer_id in"
                + " (select id from customer where team = '" + team + "')")).isEqualTo(customers);
        assertThat(count("select count(distinct customer_id) from customer_contact where customer_id in"
                + " (select id from customer where team = '" + team + "')")).isEqualTo(customers);
    }

    private long run(String job) {
        JobRun run = jobs.run(job).block(Duration.ofSeconds(60));
        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        return run.handled();
    }

    private void seedCustomers(int n, String tier, Instant registeredAt, Instant pausedUntil, long trailing) {
        var insert = db.sql("""
                        insert into customer (id, company, owner_id, team, tier, trailing_purchases, registered_at,
                          registered_by, paused_until, updated_at)
                        select gen_random_uuid(), 'Volume customer ' || n, :owner, :team, :tier, :trailing, :registered,
                          'test', :paused, :registered
                        from generate_series(1, :n) n""")
                .bind("owner", "rep-" + team).bind("team", team).bind("tier", tier)
                .bind("trailing", java.math.BigDecimal.valueOf(trailing)).bind("registered", registeredAt)
                .bind("n", n);
        insert = pausedUntil == null ? insert.bindNull("paused", Instant.class) : insert.bind("paused", pausedUntil);
        insert.then().block(Duration.ofSeconds(30));
    }

    private void exec(String sql, Map<String, Object> parameters) {
        var spec = db.sql(sql);
        for (var parameter : parameters.entrySet()) {
            spec = spec.bind(parameter.getKey(), parameter.getValue());
        }
        spec.then().block(Duration.ofSeconds(30));
    }

    private UUID anyCustomer() {
        return db.sql("select id from customer where team = :team limit 1").bind("team", team)
                .map(row -> row.get("id", UUID.class)).one().block(Duration.ofSeconds(5));
    }

    private void assertOneEventPerCustomer(String type, int customers) {
        String ofTeam = " and message_key in (select id::text from customer where team = '" + team + "')";
        assertThat(count("select count(*) from outbox_event where event_type = '" + type + "'" + ofTeam))
                .isEqualTo(customers);
        assertThat(count("select count(distinct message_key) from outbox_event where event_type = '" + type + "'"
                + ofTeam)).isEqualTo(customers);
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
