package com.acme.crm.aftersales.inspection;

import com.acme.crm.aftersales.survey.OrderAcceptances;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A-5 on the real broker and database: a customer's accepted order puts it on the quarterly round; the round gives it
 * one inspection owned by its team, which the team's agents list as due and record done once.
 */
@CrmIntegrationTest
class InspectionFlowIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    Jobs jobs;

    @Test
    void a5_aCustomerWithAnAcceptedOrderGetsTheQuartersInspectionWhichItsTeamDoesOnce() {
        String team = TestTokens.uniqueTeam();
        String agent = TestTokens.token("agent-" + team, team, Role.SERVICE_AGENT);
        UUID customer = UUID.randomUUID();
        OrderAcceptances.accepted(UUID.randomUUID(), customer, "rep-" + team, team);
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from inspection_customer where customer_id = '" + customer + "'") == 1);

        jobs.run(InspectionDesk.QUARTERLY_JOB).block(Duration.ofSeconds(60));

        web.get().uri("/api/inspections?status=due").headers(h -> h.setBearerAuth(agent)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].customerId").isEqualTo(customer.toString())
                .jsonPath("$.items[0].status").isEqualTo("DUE");
        UUID inspection = db.sql("select id from inspection where customer_id = :c").bind("c", customer)
                .map(row -> row.get(0, UUID.class)).one().block();

        complete(TestTokens.token("agent-other", TestTokens.uniqueTeam(), Role.SERVICE_AGENT), inspection)
                .expectStatus().isNotFound();
        complete(agent, inspection).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DONE");
        complete(agent, inspection).expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("A-5");
        web.get().uri("/api/inspections?status=done").headers(h -> h.setBearerAuth(agent)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1);
        web.get().uri("/api/inspections?status=soon").headers(h -> h.setBearerAuth(agent)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        assertThat(count("select count(*) from inspection where customer_id = '" + customer + "'")).isEqualTo(1);
    }

    private WebTestClient.ResponseSpec complete(String token, UUID inspection) {
        return web.post().uri("/api/inspections/{id}/completion", inspection).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("findings", "Hydraulics fine")).exchange();
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
