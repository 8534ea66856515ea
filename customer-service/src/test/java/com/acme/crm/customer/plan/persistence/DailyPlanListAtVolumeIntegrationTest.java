package com.acme.crm.customer.plan.persistence;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.LeadServiceStub;
import com.acme.crm.customer.plan.DailyPlanQuery;
import com.acme.crm.customer.plan.DailyPlanState;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-3 lists at the size of a sales floor: 1,000 reps' reviewed plans of one team, paged through by the team's manager
 * and by a director over HTTP, and by the repository on a connection factory that counts statements: one page is two
 * statements (the page with its reviews joined, and the count), however many plans, targets and misses it holds.
 */
@CrmIntegrationTest
class DailyPlanListAtVolumeIntegrationTest extends LeadServiceStub {

    private static final int REPS = 1_000;

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    ConnectionFactory connections;

    private String team;

    @BeforeEach
    void seedAThousandReviewedPlans() {
        team = TestTokens.uniqueTeam();
        db.sql("""
                        insert into daily_plan (id, rep_id, team, plan_date, status, revision, target_calls, target_visits,
                          target_new_intent_customers, target_customer_ids, target_lead_ids, late, first_submitted_at,
                          submitted_at, decided_by, decided_at)
                        select gen_random_uuid(), 'rep-' || lpad(n::text, 4, '0') || '-' || :team, :team, current_date,
                          'REVIEWED', 1, 100, 2, 2, array[gen_random_uuid(), gen_random_uuid()], array[gen_random_uuid()],
                          n % 3 = 0, now(), now(), 'mgr', now()
                        from generate_series(1, :reps) n""")
                .bind("team", team).bind("reps", REPS).then().block(Duration.ofSeconds(30));
        db.sql("""
                        insert into daily_review (plan_id, actual_calls, actual_visits, actual_new_intent_customers,
                          visited_customer_ids, contacted_lead_ids, missed_targets, miss_reasons, filed_at)
                        select id, 90, 1, 2, array[target_customer_ids[1]], '{}',
                          array['calls', 'visits', 'customer:' || target_customer_ids[2], 'lead:' || target_lead_ids[1]],
                          array['line down', 'postponed', 'moved', 'no answer'], now()
                        from daily_plan where team = :team""")
                .bind("team", team).then().block(Duration.ofSeconds(30));
    }

    @AfterEach
    void forgetThem() {
        db.sql("delete from daily_review where plan_id in (select id from daily_plan where team = :team)")
                .bind("team", team).then().block(Duration.ofSeconds(30));
        db.sql("delete from daily_plan where team = :team").bind("team", team).then().block(Duration.ofSeconds(30));
    }

    @Test
    void r3_aManagerAndADirectorPageThroughAThousandRepsPlansWithTheirReviews() {
        String manager = TestTokens.manager("mgr-" + team, team);
        String director = TestTokens.token("dir-" + team, null, Role.SALES_DIRECTOR);

        long started = System.nanoTime();
        assertThat(pageThrough(manager, "/api/plans/daily?size=200&page=")).hasSize(REPS);
        Duration managerTook = Duration.ofNanos(System.nanoTime() - started);
        assertThat(pageThrough(director, "/api/plans/daily?team=" + team + "&status=REVIEWED&size=200&page="))
                .hasSize(REPS);

        assertThat(managerTook).as("five pages of 200 plans with reviews").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void r3_aPageOfPlansIsTwoStatementsHoweverManyPlansItHolds() {
        AtomicInteger statements = new AtomicInteger();
        R2dbcDailyPlans plans = new R2dbcDailyPlans(DatabaseClient.create(counting(connections, statements)));
        DataScope teamScope = new DataScope(null, team, false);

        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 5; page++) {
            int before = statements.get();
            PageResponse<DailyPlanState> found = plans.search(new DailyPlanQuery(null, null, null, null), teamScope,
                    new PageRequest(page, 200)).block(Duration.ofSeconds(20));
            assertThat(statements.get() - before).as("statements for page %d", page).isEqualTo(2);
            assertThat(found.items()).hasSize(200).allSatisfy(plan -> {
                assertThat(plan.review()).isNotNull();
                assertThat(plan.review().misses()).hasSize(4);
                assertThat(plan.targetCustomerIds()).hasSize(2);
            });
            found.items().forEach(plan -> seen.add(plan.repId()));
            assertThat(found.totalItems()).isEqualTo(REPS);
        }
        assertThat(seen).hasSize(REPS);
    }

    private Set<String> pageThrough(String token, String uri) {
        Set<String> reps = new HashSet<>();
        for (int page = 0; page < 5; page++) {
            JsonNode body = web.get().uri(uri + page).headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(body.get("totalItems").asLong()).isEqualTo(REPS);
            body.get("items").forEach(item -> {
                assertThat(item.at("/review/misses").size()).isEqualTo(4);
                reps.add(item.get("repId").asString());
            });
        }
        return reps;
    }

    /** The same connections, counting every statement created on them. */
    private static ConnectionFactory counting(ConnectionFactory delegate, AtomicInteger statements) {
        return (ConnectionFactory) Proxy.newProxyInstance(DailyPlanListAtVolumeIntegrationTest.class.getClassLoader(),
                new Class<?>[] {ConnectionFactory.class}, (proxy, method, args) -> {
                    Object result = invoke(delegate, method, args);
                    if (method.getName().equals("create")) {
                        @SuppressWarnings("unchecked")
                        Publisher<Connection> created = (Publisher<Connection>) result;
                        return Mono.from(created).map(connection -> counting(connection, statements));
                    }
                    return result;
                });
    }

    private static Connection counting(Connection delegate, AtomicInteger statements) {
        return (Connection) Proxy.newProxyInstance(DailyPlanListAtVolumeIntegrationTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    return invoke(delegate, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
