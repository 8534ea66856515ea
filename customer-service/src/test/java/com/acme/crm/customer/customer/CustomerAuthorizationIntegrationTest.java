package com.acme.crm.customer.customer;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with customers (roles table, B-3): systems through their OAuth scopes, the general manager like a
 * director, sales support reads contact data (audited) and registers customers for reps, service agents and finance
 * read customers with contact data masked, operators read no customer data.
 */
@CrmIntegrationTest
class CustomerAuthorizationIntegrationTest extends LeadServiceStub {

    /** A phone number no other customer has (registration refuses a known contact, L-3), ending in 5678. */
    private static final java.util.concurrent.atomic.AtomicInteger NUMBERS = new java.util.concurrent.atomic.AtomicInteger(
            (int) (System.nanoTime() % 9000));
    private final String phone = "+86 137 " + (1000 + NUMBERS.incrementAndGet() % 9000) + " 5678";

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;

    @Test
    void aSystemRegistersAndRecordsContactsOnlyWithTheCustomersWriteScope() {
        String team = TestTokens.uniqueTeam();
        String reader = TestTokens.systemToken("erp-reader", Scopes.CUSTOMERS_READ);
        String writer = TestTokens.systemToken("erp-writer", Scopes.CUSTOMERS_WRITE);
        long before = count("select count(*) from customer where team = '" + team + "'");

        register(reader, "System Co", "rep-sys", team).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        register(TestTokens.token("erp-none", null, Role.SYSTEM), "System Co", "rep-sys", team).expectStatus().isForbidden();
        assertThat(count("select count(*) from customer where team = '" + team + "'")).isEqualTo(before);

        String id = created(register(writer, "System Co", "rep-sys", team));
        touch(reader, id).expectStatus().isForbidden();
        touch(writer, id).expectStatus().isOk();
    }

    @Test
    void aSystemReadsCustomersOnlyWithTheCustomersReadScopeAndSeesContactDataMasked() {
        String team = TestTokens.uniqueTeam();
        String id = created(register(TestTokens.rep("rep-r", team), "Read Co", null, null));

        get(TestTokens.systemToken("bi", Scopes.CUSTOMERS_READ), id).expectStatus().isOk().expectBody()
                .jsonPath("$.contacts[0].masked").isEqualTo(true)
                .jsonPath("$.contacts[0].phone").isEqualTo("861****5678");
        get(TestTokens.systemToken("bi-other", Scopes.LEADS_READ), id).expectStatus().isForbidden();
        web.get().uri("/api/customers").headers(h -> h.setBearerAuth(TestTokens.systemToken("bi-none")))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void theGeneralManagerWorksOnEveryCustomerLikeADirector() {
        String team = TestTokens.uniqueTeam();
        String gm = TestTokens.token("gm-1", null, Role.GENERAL_MANAGER);

        String id = created(register(gm, "GM Co", "rep-g", team));
        get(gm, id).expectStatus().isOk().expectBody().jsonPath("$.ownerId").isEqualTo("rep-g")
                .jsonPath("$.contacts[0].phone").isEqualTo(phone);
        web.post().uri("/api/customers/{id}/tier-pin", id).headers(h -> h.setBearerAuth(gm))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "strategic partner")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.tier").isEqualTo("A");
    }

    @Test
    void b3_salesSupportReadsContactDataAndEveryReadIsAudited() {
        String team = TestTokens.uniqueTeam();
        String id = created(register(TestTokens.rep("rep-o", team), "Support Co", null, null));
        String support = TestTokens.token("sup-1", null, Role.SALES_SUPPORT);

        get(support, id).expectStatus().isOk().expectBody()
                .jsonPath("$.contacts[0].phone").isEqualTo(phone).jsonPath("$.contacts[0].masked").isEqualTo(false);
        web.get().uri("/api/customers/{id}/360", id).headers(h -> h.setBearerAuth(support)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.customer.contacts[0].phone").isEqualTo(phone);

        assertThat(count("select count(*) from audit_log where action = 'CONTACT_READ' and actor = 'sup-1'"
                + " and resource_id = '" + id + "'")).as("B-3: both reads by support are audited").isEqualTo(2);
    }

    @Test
    void salesSupportRegistersCustomersForARepButDoesNotVisitOrHandOver() {
        String team = TestTokens.uniqueTeam();
        String support = TestTokens.token("sup-2", null, Role.SALES_SUPPORT);

        register(support, "Support Record Co", null, team).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("ownerId");
        String id = created(register(support, "Support Record Co", "rep-h", team));
        get(TestTokens.rep("rep-h", team), id).expectStatus().isOk().expectBody().jsonPath("$.team").isEqualTo(team);

        touch(support, id).expectStatus().isForbidden();
        web.post().uri("/api/customers/{id}/visits", id).headers(h -> h.setBearerAuth(support))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("contactPerson", "Chen Jie",
                        "visitedAt", Instant.now().minusSeconds(600).toString(), "durationMinutes", 30,
                        "method", "PHONE")).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/customers/handover").headers(h -> h.setBearerAuth(support))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("fromOwnerId", "rep-h", "toOwnerId", "rep-i"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void b3_aServiceAgentAndFinanceReadCustomersWithContactDataMaskedAndUnaudited() {
        String team = TestTokens.uniqueTeam();
        String id = created(register(TestTokens.rep("rep-m", team), "Masked Co", null, null));

        for (Role role : List.of(Role.SERVICE_AGENT, Role.FINANCE)) {
            String token = TestTokens.token("who-" + role, team, role);
            get(token, id).expectStatus().isOk().expectBody()
                    .jsonPath("$.contacts[0].masked").isEqualTo(true)
                    .jsonPath("$.contacts[0].phone").isEqualTo("861****5678")
                    .jsonPath("$.contacts[0].birthday").doesNotExist();
            web.get().uri("/api/customers/{id}/360", id).headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.customer.contacts[0].masked").isEqualTo(true);
            touch(token, id).expectStatus().isForbidden();
        }
        assertThat(count("select count(*) from audit_log where action = 'CONTACT_READ' and resource_id = '" + id + "'"))
                .isZero();
    }

    @Test
    void anOperatorSeesNoCustomerData() {
        String team = TestTokens.uniqueTeam();
        String id = created(register(TestTokens.rep("rep-p", team), "Ops Co", null, null));
        String operator = TestTokens.token("ops-1", null, Role.OPERATOR);

        get(operator, id).expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        for (String path : List.of("/api/customers", "/api/customers/" + id + "/360", "/api/customers/" + id + "/visits",
                "/api/customers/" + id + "/history", "/api/customer-tasks")) {
            web.get().uri(path).headers(h -> h.setBearerAuth(operator)).exchange().expectStatus().isForbidden();
        }
    }

    private WebTestClient.ResponseSpec register(String token, String company, String ownerId, String team) {
        Map<String, Object> body = new HashMap<>(Map.of("company", company + " " + System.nanoTime(),
                "contacts", List.of(Map.of("name", "Chen Jie", "phone", phone, "birthday", "1980-05-01"))));
        if (ownerId != null) {
            body.put("ownerId", ownerId);
        }
        if (team != null) {
            body.put("team", team);
        }
        return web.post().uri("/api/customers").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec touch(String token, String id) {
        return web.post().uri("/api/customers/{id}/touches", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("channel", "EMAIL", "customerInitiated", true))
                .exchange();
    }

    private WebTestClient.ResponseSpec get(String token, String id) {
        return web.get().uri("/api/customers/{id}", id).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private static String created(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
