package com.acme.crm.lead.calllog.persistence;

import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.lead.calllog.BusinessDay;
import com.acme.crm.lead.calllog.CallLog;
import com.acme.crm.lead.calllog.CallTally;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-2 at volume: a team of 50 reps with 1,000 calls in a day. The team view's reads take the same few statements for
 * 5 reps as for 50 (no statement per rep), count every call, and the manager's page answers in time.
 */
@CrmIntegrationTest
class CallLogsAtVolumeIntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    ConnectionFactory connections;

    @Test
    void r2_aTeamOf50RepsWith1000CallsIsCountedInAFixedNumberOfStatements() {
        String team = TestTokens.uniqueTeam();
        List<String> reps = IntStream.range(0, 50).mapToObj(i -> team + "-rep-" + i).toList();
        seed(team, reps);
        BusinessDay day = new BusinessDay(DAY, SHANGHAI, LocalTime.of(17, 30));
        AtomicInteger statements = new AtomicInteger();
        R2dbcCallLogs counted = new R2dbcCallLogs(DatabaseClient.create(counting(connections, statements)));

        List<CallLog> logs = counted.ofTeam(team, DAY).collectList().block(Duration.ofSeconds(20));
        Map<String, CallTally> all = counted.tallies(reps, day).block(Duration.ofSeconds(20));
        int forFifty = statements.getAndSet(0);
        counted.ofTeam(team, DAY).collectList().block(Duration.ofSeconds(20));
        counted.tallies(reps.subList(0, 5), day).block(Duration.ofSeconds(20));
        int forFive = statements.get();

        assertThat(forFifty).as("one statement for the logs, one for every rep's counts").isEqualTo(2).isEqualTo(forFive);
        assertThat(logs).hasSize(50);
        assertThat(all).hasSize(50);
        assertThat(all.values().stream().mapToInt(CallTally::calls).sum()).isEqualTo(1_000);
        assertThat(all.get(reps.get(7))).isEqualTo(new CallTally(8, 8, 4, 6, 1));

        String manager = TestTokens.manager("mgr-" + team, team);
        web.put().uri("/api/teams/{team}/members", team).headers(h -> h.setBearerAuth(manager))
                .bodyValue(Map.of("members", reps)).exchange().expectStatus().isOk();
        long started = System.nanoTime();
        web.get().uri("/api/call-logs?date={date}&size=50", DAY).headers(h -> h.setBearerAuth(manager)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.members").isEqualTo(50)
                .jsonPath("$.closed").isEqualTo(10)
                .jsonPath("$.notClosed.length()").isEqualTo(40)
                .jsonPath("$.logs.items.length()").isEqualTo(50)
                .jsonPath("$.logs.items[0].tally.leadCalls").isEqualTo(8)
                .jsonPath("$.logs.items[0].closed").isEqualTo(true)
                .jsonPath("$.logs.items[49].tally.customerCalls").isEqualTo(8);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    /**
     * 50 reps, each with a lead and 8 phone calls to it (half reached), 8 customer calls, 4 other calls (half
     * reached) and one question: 1,000 calls. The first 10 reps closed their logs with the same counts.
     */
    private void seed(String team, List<String> reps) {
        String[] repIds = reps.toArray(String[]::new);
        String noon = DAY.atTime(12, 0).atZone(SHANGHAI).toInstant().toString();
        for (String sql : List.of("""
                        insert into lead (id, name, channel, owner_id, team, status, captured_by, captured_at,
                          first_contact_due_at, last_touch_at, version, updated_at)
                        select gen_random_uuid(), 'Volume ' || r, 'WEBSITE', r, :team, 'CONTACTED', r,
                          :noon::timestamptz - interval '2 days', :noon::timestamptz, :noon::timestamptz, 0, now()
                        from unnest(:reps) as r""", """
                        insert into lead_contact (id, lead_id, at, method, direction, outcome, recorded_by)
                        select gen_random_uuid(), l.id, :noon::timestamptz + (n || ' minutes')::interval, 'PHONE',
                          'OUTBOUND', case when n % 2 = 0 then 'REACHED' else 'NO_ANSWER' end, l.owner_id
                        from lead l, generate_series(1, 8) n where l.team = :team""", """
                        insert into customer_call (event_id, customer_id, rep_id, team, customer_initiated, at)
                        select gen_random_uuid(), gen_random_uuid(), r, :team, false,
                          :noon::timestamptz + (n || ' minutes')::interval
                        from unnest(:reps) as r, generate_series(1, 8) n""", """
                        insert into call_log (rep_id, log_date, team, closed_at, late, lead_calls, customer_calls,
                          other_calls, effective_calls, open_questions)
                        select r, :day, :team, case when o <= 10 then :noon::timestamptz end, false,
                          case when o <= 10 then 8 end, case when o <= 10 then 8 end, case when o <= 10 then 4 end,
                          case when o <= 10 then 6 end, case when o <= 10 then 1 end
                        from unnest(:reps) with ordinality as x(r, o)""", """
                        insert into call_log_call (id, rep_id, log_date, at, outcome)
                        select gen_random_uuid(), r, :day, :noon::timestamptz + (n || ' minutes')::interval,
                          case when n % 2 = 0 then 'MEETING_AGREED' else 'LEFT_MESSAGE' end
                        from unnest(:reps) as r, generate_series(1, 4) n""", """
                        insert into call_log_question (id, rep_id, log_date, text, asked_at)
                        select gen_random_uuid(), r, :day, 'What lead time for 200 pumps?', :noon::timestamptz
                        from unnest(:reps) as r""")) {
            DatabaseClient.GenericExecuteSpec spec = db.sql(sql);
            spec = sql.contains(":team") ? spec.bind("team", team) : spec;
            spec = sql.contains(":reps") ? spec.bind("reps", repIds) : spec;
            spec = sql.contains(":noon") ? spec.bind("noon", noon) : spec;
            spec = sql.contains(":day") ? spec.bind("day", DAY) : spec;
            spec.then().block(Duration.ofSeconds(30));
        }
    }

    /** The connections of {@code target}, counting every statement created on them. */
    private static ConnectionFactory counting(ConnectionFactory target, AtomicInteger statements) {
        return (ConnectionFactory) Proxy.newProxyInstance(ConnectionFactory.class.getClassLoader(),
                new Class<?>[]{ConnectionFactory.class}, (proxy, method, args) -> {
                    Object result = invoke(method, target, args);
                    if (!method.getName().equals("create")) {
                        return result;
                    }
                    @SuppressWarnings("unchecked")
                    Publisher<Connection> created = (Publisher<Connection>) result;
                    return Mono.from(created).map(connection -> (Connection) Proxy.newProxyInstance(
                            Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("createStatement")) {
                                    statements.incrementAndGet();
                                }
                                return invoke(m, connection, a);
                            }));
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
