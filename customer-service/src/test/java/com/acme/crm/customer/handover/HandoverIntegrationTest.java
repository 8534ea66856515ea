package com.acme.crm.customer.handover;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.customer.Events;
import com.acme.crm.customer.customer.LeadServiceStub;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * C-8 handover in bulk: a departing rep's 1,000 customers move only to a rep on the roster of every team they belong
 * to, all or nothing; a manager token without a team moves nothing.
 */
@CrmIntegrationTest
class HandoverIntegrationTest extends LeadServiceStub {

    private static final int CUSTOMERS = 1_000;

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;

    @Test
    void c8_aManagerTokenWithoutATeamClaimIsRefusedAndMovesNothing() {
        String team = TestTokens.uniqueTeam();
        String leaving = "leaving-" + team;
        seed(leaving, team, 3);
        rosters(team, leaving, "staying-" + team);

        handover(TestTokens.token("mgr-nowhere", null, Role.SALES_MANAGER),
                Map.of("fromOwnerId", leaving, "toOwnerId", "staying-" + team))
                .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("team"));
        handover(TestTokens.token("mgr-nowhere", null, Role.SALES_MANAGER),
                Map.of("customerIds", ids(leaving), "toOwnerId", "staying-" + team)).expectStatus().isForbidden();

        assertThat(count("select count(*) from customer where owner_id = '" + leaving + "'")).isEqualTo(3);
    }

    @Test
    void c8_aDirectorsBulkHandoverChecksTheReceivingRepAgainstEveryAffectedTeamAllOrNothing() {
        String east = TestTokens.uniqueTeam();
        String west = TestTokens.uniqueTeam();
        String leaving = "leaving-" + UUID.randomUUID();
        String taking = "taking-" + UUID.randomUUID();
        seed(leaving, east, CUSTOMERS - 1);
        seed(leaving, west, 1);
        rosters(east, leaving, taking);
        rosters(west, leaving);
        String director = TestTokens.token("dir-1", null, Role.SALES_DIRECTOR);

        handover(director, Map.of("fromOwnerId", leaving, "toOwnerId", taking)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("C-8")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains(west).doesNotContain(east));
        UUID firstEast = ids(leaving, east).get(0);
        UUID onlyWest = ids(leaving, west).get(0);
        handover(director, Map.of("customerIds", List.of(firstEast, onlyWest), "toOwnerId", taking))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains(west));

        assertThat(count("select count(*) from customer where owner_id = '" + leaving + "'")).isEqualTo(CUSTOMERS);
        assertThat(count("select count(*) from customer_task where owner_id = '" + taking + "'")).isZero();
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.customer.handed-over.v1'"
                + " and payload->>'fromOwnerId' = '" + leaving + "'")).as("no CustomerHandedOver").isZero();
        assertThat(count("select count(*) from audit_log where action = 'HANDED_OVER' and details->>'from' = '"
                + leaving + "'")).isZero();

        rosters(west, leaving, taking);
        handover(director, Map.of("fromOwnerId", leaving, "toOwnerId", taking)).expectStatus().isOk().expectBody()
                .jsonPath("$.customersHandedOver").isEqualTo(CUSTOMERS).jsonPath("$.openTasksMoved").isEqualTo(CUSTOMERS);
        assertThat(count("select count(*) from customer where owner_id = '" + taking + "'")).isEqualTo(CUSTOMERS);
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.customer.handed-over.v1'"
                + " and payload->>'toOwnerId' = '" + taking + "'")).isEqualTo(CUSTOMERS);
    }

    @Test
    void c8_aManagersBulkHandoverMovesTheTeamsCustomersOnly() {
        String team = TestTokens.uniqueTeam();
        String other = TestTokens.uniqueTeam();
        String leaving = "leaving-" + team;
        String taking = "taking-" + team;
        seed(leaving, team, CUSTOMERS);
        seed(leaving, other, 2);
        rosters(team, leaving, taking);

        handover(TestTokens.manager("mgr-" + team, team), Map.of("fromOwnerId", leaving, "toOwnerId", taking))
                .expectStatus().isOk().expectBody().jsonPath("$.customersHandedOver").isEqualTo(CUSTOMERS);
        assertThat(count("select count(*) from customer where owner_id = '" + leaving + "'")).isEqualTo(2);
    }

    /**
     * C-8 through the domain: every customer moves through {@code Customer.handOver}; a listed customer the receiving
     * rep owns already is left exactly as it is (no write, no event, no audit entry) and not counted.
     */
    @Test
    void c8_aListedCustomerTheReceivingRepOwnsAlreadyIsLeftAsItIsAndNotCounted() {
        String team = TestTokens.uniqueTeam();
        String leaving = "leaving-" + team;
        String taking = "taking-" + team;
        seed(leaving, team, 2);
        seed(taking, team, 1);
        rosters(team, leaving, taking);
        UUID alreadyTheirs = ids(taking).get(0);
        List<UUID> listed = new java.util.ArrayList<>(ids(leaving));
        listed.add(alreadyTheirs);

        handover(TestTokens.manager("mgr-" + team, team), Map.of("customerIds", listed, "toOwnerId", taking))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.customersHandedOver").isEqualTo(2).jsonPath("$.openTasksMoved").isEqualTo(2);

        assertThat(count("select count(*) from customer where owner_id = '" + taking + "'")).isEqualTo(3);
        assertThat(count("select version from customer where id = '" + alreadyTheirs + "'")).isZero();
        assertThat(count("select count(*) from customer where owner_id = '" + taking + "' and version = 1")).isEqualTo(2);
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.customer.handed-over.v1'"
                + " and message_key = '" + alreadyTheirs + "'")).isZero();
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.customer.handed-over.v1'"
                + " and payload->>'toOwnerId' = '" + taking + "'")).isEqualTo(2);
        assertThat(count("select count(*) from audit_log where action = 'HANDED_OVER' and details->>'to' = '"
                + taking + "'")).isEqualTo(2);
    }

    @Test
    void aNullCustomerIdIsABadRequestNamingItsIndex() {
        String team = TestTokens.uniqueTeam();
        List<Object> ids = Arrays.asList(UUID.randomUUID(), null);

        handover(TestTokens.manager("mgr-" + team, team), Map.of("customerIds", ids, "toOwnerId", "x"))
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerIds[1]");
        handover(TestTokens.manager("mgr-" + team, team), Map.of("customerIds", List.of("not-a-uuid"), "toOwnerId", "x"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("customerIds[0]");
    }

    /**
     * Customers of one owner with one open follow-up each, in two statements (as infra/bench/handover-customers.sh),
     * at the service clock's now, so the scheduled jobs leave them alone whatever other tests did to the clock.
     */
    private void seed(String owner, String team, int customers) {
        db.sql("""
                        insert into customer (id, company, owner_id, team, tier, registered_at, registered_by, updated_at)
                        select gen_random_uuid(), 'Handover customer ' || n, :owner, :team, 'C', :now, 'test', :now
                        from generate_series(1, :n) n""")
                .bind("owner", owner).bind("team", team).bind("n", customers).bind("now", clock.instant())
                .then().block(Duration.ofSeconds(30));
        db.sql("""
                        insert into customer_task (id, customer_id, owner_id, team, kind, due_at, escalate_at, created_at)
                        select gen_random_uuid(), id, owner_id, team, 'CADENCE_CONTACT', :now + interval '30 days',
                          :now + interval '60 days', :now
                        from customer where owner_id = :owner and team = :team""")
                .bind("owner", owner).bind("team", team).bind("now", clock.instant())
                .then().block(Duration.ofSeconds(30));
    }

    /** The roster as lead-service publishes it; customer-service learns it from TeamRosterSet. */
    private void rosters(String team, String... members) {
        Events.rosterSet(team, members);
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from team_member where team = '"
                + team + "'") == members.length);
    }

    private List<UUID> ids(String owner) {
        return db.sql("select id from customer where owner_id = :owner order by id").bind("owner", owner)
                .map(row -> row.get(0, UUID.class)).all().collectList().block(Duration.ofSeconds(10));
    }

    private List<UUID> ids(String owner, String team) {
        return db.sql("select id from customer where owner_id = :owner and team = :team order by id")
                .bind("owner", owner).bind("team", team)
                .map(row -> row.get(0, UUID.class)).all().collectList().block(Duration.ofSeconds(10));
    }

    private WebTestClient.ResponseSpec handover(String token, Map<String, Object> body) {
        return web.post().uri("/api/customers/handover").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
