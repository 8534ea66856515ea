package com.acme.crm.customer.visitplan;

import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.customer.RepWeekIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-4 end to end on the real PostgreSQL and broker: a rep's plan for next week submitted, replaced and confirmed by the
 * team manager, each step's event on crm.customer.events keyed by the rep; the confirmed visits on the rep's due list
 * on their day and not the day before; and every refusal answered with a problem naming the field or rule, with no row
 * and no outbox event written.
 */
@CrmIntegrationTest
class WeeklyVisitPlanIntegrationTest extends RepWeekIntegrationTest {

    @Test
    void r4_aConfirmedPlanPutsEachVisitOnTheRepsDueListOnItsDayAndNotTheDayBefore() {
        String first = register(repToken);
        String second = register(repToken);
        LocalDate monday = nextMonday();

        JsonNode plan = body(submit(repToken, Map.of("visits", List.of(
                visit(first, monday, 1, "50000.00"), visit(second, monday.plusDays(1), 1, "20000"))))
                .expectStatus().isCreated());
        String id = plan.get("id").asString();
        assertThat(plan.get("weekStart").asString()).as("next week by default").isEqualTo(monday.toString());
        assertThat(plan.get("status").asString()).isEqualTo("SUBMITTED");
        JsonNode submitted = event("crm.visitplan.weekly-submitted.v1", id);
        assertThat(submitted.get("visits").asInt()).isEqualTo(2);
        assertThat(submitted.get("expectedSales").decimalValue()).isEqualByComparingTo("70000");

        JsonNode confirmed = body(web.post().uri("/api/plans/weekly/{id}/confirmation", id)
                .headers(h -> h.setBearerAuth(managerToken)).exchange().expectStatus().isOk());
        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.at("/visits/0/taskId").asString()).isNotBlank();
        assertThat(event("crm.visitplan.weekly-confirmed.v1", id).get("confirmedBy").asString())
                .isEqualTo("mgr-" + team);
        assertThat(count("select count(*) from customer_task where kind = 'PLANNED_VISIT' and owner_id = '" + rep
                + "' and due_at = '" + startOf(monday) + "' and customer_id = '" + first + "'")).isOne();

        assertThat(plannedVisitsDue()).as("not due while next week has not started").isEmpty();
        clock.advance(Duration.between(clock.instant(), startOf(monday).minusSeconds(60))); // Sunday 23:59 Shanghai
        assertThat(plannedVisitsDue()).as("the day before: not on the due list").isEmpty();
        clock.advance(Duration.ofSeconds(60)); // Monday 00:00 Shanghai, still Sunday 16:00 in UTC
        assertThat(plannedVisitsDue()).as("on its day: Monday's visit only").containsExactly(first);
        clock.advance(Duration.ofDays(1));
        assertThat(plannedVisitsDue()).as("Tuesday: both").containsExactlyInAnyOrder(first, second);

        web.get().uri("/api/plans/weekly/{id}/history", id).headers(h -> h.setBearerAuth(managerToken)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].action").isEqualTo("WEEKLY_VISIT_PLAN_CONFIRMED")
                .jsonPath("$[1].action").isEqualTo("WEEKLY_VISIT_PLAN_SUBMITTED");
    }

    @Test
    void r4_aVisitLoggedOnItsDayCompletesThatDaysPlannedVisitAndLeavesTheCustomersLaterOneOpen() {
        String customer = register(repToken);
        LocalDate monday = nextMonday();
        String id = body(submit(repToken, Map.of("visits", List.of(
                visit(customer, monday, 1, "30000"), visit(customer, monday.plusDays(2), 1, "10000"))))
                .expectStatus().isCreated()).get("id").asString();
        web.post().uri("/api/plans/weekly/{id}/confirmation", id).headers(h -> h.setBearerAuth(managerToken))
                .exchange().expectStatus().isOk();

        clock.advance(Duration.between(clock.instant(), startOf(monday).plus(Duration.ofHours(10))));
        assertThat(plannedVisitsDue()).containsExactly(customer);
        web.post().uri("/api/customers/{id}/visits", customer).headers(h -> h.setBearerAuth(repToken))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("contactPerson", "Chen Jie", "visitedAt", clock.instant().minusSeconds(600).toString(),
                        "durationMinutes", 30, "method", "ON_SITE", "progress", true, "clearAnswer", true))
                .exchange().expectStatus().isCreated();

        assertThat(plannedVisitsDue()).as("Monday's planned visit is done").isEmpty();
        clock.advance(Duration.ofDays(2));
        assertThat(plannedVisitsDue()).as("Wednesday's planned visit of the same customer is still to do")
                .containsExactly(customer);
    }

    @Test
    void r4_aPlanIsReplacedUntilConfirmedAndThenRefusedWith409() {
        String customer = register(repToken);
        LocalDate monday = nextMonday();
        String id = body(submit(repToken, Map.of("week", monday.toString(), "visits",
                List.of(visit(customer, monday, 1, "1000"))))).get("id").asString();

        JsonNode replaced = body(submit(repToken, Map.of("week", monday.toString(), "visits", List.of(
                visit(customer, monday.plusDays(2), 1, "1000"), visit(customer, monday.plusDays(3), 2, "500")))));
        assertThat(replaced.get("id").asString()).isEqualTo(id);
        assertThat(replaced.get("revision").asInt()).isEqualTo(2);
        assertThat(replaced.get("visits")).hasSize(2);
        web.post().uri("/api/plans/weekly/{id}/confirmation", id).headers(h -> h.setBearerAuth(managerToken))
                .exchange().expectStatus().isOk();
        long events = outboxEventsOfRep();
        long tasks = count("select count(*) from customer_task where owner_id = '" + rep + "'");

        submit(repToken, Map.of("week", monday.toString(), "visits", List.of(visit(customer, monday, 1, "1"))))
                .expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("R-4");
        web.post().uri("/api/plans/weekly/{id}/confirmation", id).headers(h -> h.setBearerAuth(managerToken))
                .exchange().expectStatus().isEqualTo(409);

        assertThat(outboxEventsOfRep()).isEqualTo(events);
        assertThat(count("select count(*) from customer_task where owner_id = '" + rep + "'")).isEqualTo(tasks);
        assertThat(count("select count(*) from weekly_planned_visit where plan_id = '" + id + "'")).isEqualTo(2);
    }

    @Test
    void r4_refusedPlansWriteNothingAndPublishNothing() {
        String own = register(repToken);
        String othersCustomer = register(TestTokens.rep("rep-other-" + team, team));
        LocalDate monday = nextMonday();
        long events = outboxEventsOfRep();

        submit(repToken, Map.of("visits", List.of(visit(own, monday, 1, "1"), visit(othersCustomer, monday, 2, "1"))))
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("visits[1].customerId");
        submit(repToken, Map.of("repId", "rep-other-" + team, "visits", List.of(visit(own, monday, 1, "1"))))
                .expectStatus().isForbidden().expectBody().jsonPath("$.rule").isEqualTo("R-4");
        submit(repToken, Map.of("visits", List.of(visit(own, monday.plusDays(7), 1, "1"))))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("visits[0].day");
        submit(repToken, Map.of("visits", List.of(visit(own, monday, 1, "-5"))))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field")
                .isEqualTo("visits[0].expectedSales");
        submit(repToken, Map.of("visits", List.of(visit(own, monday, 1, "1"), visit(own, monday.plusDays(1), 1, "1"),
                visit(UUID.randomUUID().toString(), monday, 1, "1")))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("visits[2].routeOrder");
        submit(managerToken, Map.of("visits", List.of(visit(own, monday, 1, "1")))).expectStatus().isForbidden()
                .expectBody().jsonPath("$.rule").isEqualTo("R-4");

        assertThat(count("select count(*) from weekly_visit_plan where team = '" + team + "'")).isZero();
        assertThat(outboxEventsOfRep()).isEqualTo(events);

        String id = body(submit(repToken, Map.of("visits", List.of(visit(own, monday, 1, "1"))))).get("id").asString();
        web.post().uri("/api/plans/weekly/{id}/confirmation", id).headers(h -> h.setBearerAuth(repToken)).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.rule").isEqualTo("R-4");
        web.post().uri("/api/plans/weekly/{id}/confirmation", id)
                .headers(h -> h.setBearerAuth(TestTokens.manager("mgr-x", TestTokens.uniqueTeam()))).exchange()
                .expectStatus().isNotFound();
        assertThat(count("select count(*) from customer_task where kind = 'PLANNED_VISIT' and owner_id = '" + rep
                + "'")).isZero();
        web.get().uri("/api/plans/weekly?team=" + team + "&status=SUBMITTED").headers(h -> h.setBearerAuth(managerToken))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].visits[0].customerId").isEqualTo(own);
    }

    private List<String> plannedVisitsDue() {
        JsonNode due = body(web.get().uri("/api/customer-tasks").headers(h -> h.setBearerAuth(repToken)).exchange()
                .expectStatus().isOk());
        List<String> customers = new ArrayList<>();
        due.forEach(task -> {
            if ("PLANNED_VISIT".equals(task.get("kind").asString())) {
                customers.add(task.get("customerId").asString());
            }
        });
        return customers;
    }

    private LocalDate nextMonday() {
        return clock.instant().atZone(SHANGHAI).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(SHANGHAI).toInstant();
    }

    private static Map<String, Object> visit(String customer, LocalDate day, int route, String sales) {
        return Map.of("customerId", customer, "day", day.toString(), "purpose", "present the new model",
                "expectedSales", new java.math.BigDecimal(sales), "routeOrder", route);
    }

    private WebTestClient.ResponseSpec submit(String token, Map<String, ?> body) {
        return web.post().uri("/api/plans/weekly").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The event of that type about the plan, keyed by the rep, without the visits' purposes (B-3). */
    private JsonNode event(String type, String planId) {
        return repEvent(type, rep, "planId", planId, "new model");
    }

    /** Events keyed by the rep (plan events) or by one of the team's customers. */
    private long outboxEventsOfRep() {
        return count("select count(*) from outbox_event where message_key = '" + rep + "'");
    }

}
