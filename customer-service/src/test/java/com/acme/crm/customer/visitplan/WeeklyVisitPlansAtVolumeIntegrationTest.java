package com.acme.crm.customer.visitplan;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.customer.LeadServiceStub;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-4 at the volume of a sales team's week: five reps' plans of 200 visits each (1,000 visits) confirmed by their
 * manager open 1,000 PLANNED_VISIT tasks, each due at the start of its day in Shanghai, with one task insert statement
 * per plan, counted by PostgreSQL itself (a statement-level trigger installed for this test): no round trip per visit.
 */
@CrmIntegrationTest
class WeeklyVisitPlansAtVolumeIntegrationTest extends LeadServiceStub {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int REPS = 5;
    private static final int VISITS_PER_PLAN = 200;

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;

    private String team;

    @BeforeEach
    void countInsertStatements() {
        team = TestTokens.uniqueTeam();
        for (String sql : List.of(
                "create table if not exists r4_insert_statement (tbl text not null, team text, rows_inserted bigint)",
                """
                create or replace function r4_count_task_inserts() returns trigger language plpgsql as $$
                begin
                  insert into r4_insert_statement select 'customer_task', team, count(*) from inserted
                    where kind = 'PLANNED_VISIT' group by team;
                  return null;
                end $$""",
                "drop trigger if exists r4_task_inserts on customer_task",
                "create trigger r4_task_inserts after insert on customer_task referencing new table as inserted"
                        + " for each statement execute function r4_count_task_inserts()")) {
            db.sql(sql).then().block(Duration.ofSeconds(10));
        }
    }

    @AfterEach
    void dropTheCounter() {
        db.sql("drop trigger if exists r4_task_inserts on customer_task").then().block(Duration.ofSeconds(10));
    }

    @Test
    void r4_aThousandPlannedVisitsOfFiveRepsBecomeAThousandTasksInOneInsertPerPlan() {
        LocalDate monday = clock.instant().atZone(SHANGHAI).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String managerToken = TestTokens.manager("mgr-" + team, team);
        List<String> planIds = new ArrayList<>();
        for (int r = 0; r < REPS; r++) {
            String rep = "rep-" + r + "-" + team;
            List<UUID> customers = seedCustomers(rep, VISITS_PER_PLAN);
            List<Map<String, Object>> visits = new ArrayList<>();
            for (int i = 0; i < customers.size(); i++) {
                visits.add(Map.of("customerId", customers.get(i).toString(), "day", monday.plusDays(i % 5).toString(),
                        "purpose", "quarterly visit " + i, "expectedSales", new BigDecimal("1000.00"),
                        "routeOrder", i / 5 + 1));
            }
            JsonNode plan = web.post().uri("/api/plans/weekly").headers(h -> h.setBearerAuth(TestTokens.rep(rep, team)))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("visits", visits)).exchange()
                    .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(plan.get("visits")).hasSize(VISITS_PER_PLAN);
            planIds.add(plan.get("id").asString());
        }

        long started = System.nanoTime();
        for (String id : planIds) {
            web.post().uri("/api/plans/weekly/{id}/confirmation", id).headers(h -> h.setBearerAuth(managerToken))
                    .exchange().expectStatus().isOk();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(count("select count(*) from customer_task where team = '" + team + "' and kind = 'PLANNED_VISIT'"))
                .isEqualTo(REPS * VISITS_PER_PLAN);
        assertThat(count("""
                select count(*) from customer_task t join weekly_planned_visit v on v.task_id = t.id
                where t.team = '%s' and t.owner_id like 'rep-%%' and t.customer_id = v.customer_id
                  and t.due_at = v.visit_day::timestamp at time zone 'Asia/Shanghai'""".formatted(team)))
                .as("each task is the rep's, for its customer, due at the start of its day in Shanghai")
                .isEqualTo(REPS * VISITS_PER_PLAN);
        assertThat(count("select count(*) from r4_insert_statement where tbl = 'customer_task' and team = '" + team
                + "'")).as("task insert statements: one per confirmed plan").isEqualTo(REPS);
        assertThat(count("select min(rows_inserted) from r4_insert_statement where team = '" + team + "'"))
                .isEqualTo(VISITS_PER_PLAN);
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.visitplan.weekly-confirmed.v1'"
                + " and message_key like 'rep-%-" + team + "'")).isEqualTo(REPS);
        assertThat(took).as("five confirmations of 200 visits").isLessThan(Duration.ofSeconds(10));
    }

    private List<UUID> seedCustomers(String owner, int n) {
        return db.sql("""
                        insert into customer (id, company, owner_id, team, tier, trailing_purchases, registered_at,
                          registered_by, updated_at)
                        select gen_random_uuid(), 'Volume customer ' || n, :owner, :team, 'C', 0, :now, 'test', :now
                        from generate_series(1, :n) n
                        returning id""")
                .bind("owner", owner).bind("team", team).bind("now", clock.instant()).bind("n", n)
                .map(row -> row.get("id", UUID.class)).all().collectList().block(Duration.ofSeconds(30));
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
