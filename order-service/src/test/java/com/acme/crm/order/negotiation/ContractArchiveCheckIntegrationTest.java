package com.acme.crm.order.negotiation;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.jobs.JobRun;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * O-13 at volume, on the real PostgreSQL: 1,000 contracts signed yesterday (Asia/Shanghai) and still unarchived are
 * each flagged once by the end-of-day check, also when it runs again; contracts signed today or archived at the
 * signature are not. The team's manager lists them; archiving one clears it.
 */
@CrmIntegrationTest
class ContractArchiveCheckIntegrationTest {

    private static final int CONTRACTS = 1_000;
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;
    @Autowired
    Jobs jobs;
    @Autowired
    WebTestClient web;

    private String team;

    /** 1,000 signed yesterday evening without a document; 5 signed today; 5 signed yesterday and archived then. */
    @BeforeEach
    void aThousandContractsSignedYesterdayAndNotArchived() {
        team = TestTokens.uniqueTeam();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant yesterdayEvening = LocalDate.ofInstant(now, BUSINESS_ZONE).atStartOfDay(BUSINESS_ZONE).toInstant()
                .minus(Duration.ofHours(2));
        seed(CONTRACTS, yesterdayEvening, false);
        seed(5, now, false);
        seed(5, yesterdayEvening, true);
    }

    @Test
    void o13_aThousandContractsNotArchivedOnTheirSignatureDayAreFlaggedOnceEvenWhenTheCheckRunsTwice() {
        long started = System.nanoTime();
        JobRun run = jobs.run(ContractArchiveCheck.JOB).block(Duration.ofSeconds(60));
        long firstRunMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        await().atMost(Duration.ofSeconds(30)).until(() -> flagged() == CONTRACTS);
        assertThat(count("select count(*) from contract_review where team = '" + team + "' and archive_overdue_at"
                + " is null")).as("signed today or archived at the signature: not flagged").isEqualTo(10);
        assertThat(count("select count(*) from contract_review where team = '" + team + "' and version = 1"))
                .isEqualTo(CONTRACTS);

        clock.advance(Duration.ofHours(1));
        assertThat(jobs.run(ContractArchiveCheck.JOB).block(Duration.ofSeconds(60)).outcome())
                .isEqualTo(JobRun.Outcome.SUCCESS);

        assertThat(flagged()).isEqualTo(CONTRACTS);
        assertThat(count("select count(*) from contract_review where team = '" + team + "' and version = 1"
                + " and archive_overdue_at is not null")).as("flagged once, never stamped again").isEqualTo(CONTRACTS);
        assertThat(count("select count(distinct archive_overdue_at) from contract_review where team = '" + team
                + "'")).isOne();
        assertThat(firstRunMillis).as("1,000 contracts in batches").isLessThan(30_000);
    }

    @Test
    void o13_theManagerListsTheOverdueContractsAndTheArchiveClearsOne() {
        jobs.run(ContractArchiveCheck.JOB).block(Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).until(() -> flagged() == CONTRACTS);
        String manager = TestTokens.manager("mgr-" + team, team);

        web.get().uri("/api/contract-reviews?archiveOverdue=true&size=10").headers(h -> h.setBearerAuth(manager))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(CONTRACTS)
                .jsonPath("$.items.length()").isEqualTo(10)
                .jsonPath("$.items[0].archiveOverdueAt").isNotEmpty()
                .jsonPath("$.items[0].archivedAt").isEmpty();
        web.get().uri("/api/contract-reviews?archiveOverdue=true").headers(h -> h.setBearerAuth(
                        TestTokens.manager("mgr-other", TestTokens.uniqueTeam())))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);

        UUID one = db.sql("select id from contract_review where team = :team and archive_overdue_at is not null"
                        + " limit 1").bind("team", team).map(row -> row.get("id", UUID.class)).one()
                .block(Duration.ofSeconds(10));
        web.post().uri("/api/contract-reviews/{id}/archive", one)
                .headers(h -> h.setBearerAuth(TestTokens.rep("rep-" + team, team)))
                .bodyValue(Map.of("documentReference", "DMS-2026-0400")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.archivedAt").isNotEmpty()
                .jsonPath("$.archiveOverdueAt").isEmpty();

        web.get().uri("/api/contract-reviews?archiveOverdue=true&size=1").headers(h -> h.setBearerAuth(manager))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(CONTRACTS - 1);
        jobs.run(ContractArchiveCheck.JOB).block(Duration.ofSeconds(60));
        assertThat(flagged()).isEqualTo(CONTRACTS - 1);
    }

    private void seed(int n, Instant signedAt, boolean archived) {
        db.sql("""
                        insert into contract_review (id, quote_id, requirement_id, customer_id, owner_id, team,
                          special_clauses, document_reference, status, manager_approved_by, manager_approved_at,
                          gm_approved_by, gm_approved_at, signed_at, archived_at, recorded_by, recorded_at)
                        select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(),
                          'rep-' || :team, :team, 'Penalty capped at 5 %', case when :archived then 'DMS-' || n end,
                          'APPROVED', 'mgr-' || :team, :signedAt - interval '1 day', 'gm-1',
                          :signedAt - interval '1 day', :signedAt,
                          case when :archived then :signedAt end, 'rep-' || :team, :signedAt - interval '2 days'
                        from generate_series(1, :n) n""")
                .bind("team", team).bind("signedAt", signedAt).bind("archived", archived).bind("n", n)
                .fetch().rowsUpdated().block(Duration.ofSeconds(30));
    }

    private long flagged() {
        return count("select count(*) from contract_review where team = '" + team + "' and archive_overdue_at"
                + " is not null and archived_at is null");
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
