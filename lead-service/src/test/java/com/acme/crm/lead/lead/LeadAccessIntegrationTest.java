package com.acme.crm.lead.lead;

import com.acme.crm.lead.Leads;
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

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with leads: people by their role, integrating systems only by their token's scopes (B-3), and
 * every command answered with the lead masked and audited exactly like a read.
 */
@CrmIntegrationTest
class LeadAccessIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;

    @Test
    void b3_aSystemTokenWithoutTheContactScopeReadsMaskedAndCommandsNothing() {
        String team = TestTokens.uniqueTeam();
        Map<String, Object> request = Leads.websiteLead("Gao Yan");
        String id = created(capture(TestTokens.rep("rep-s1", team), request));
        String reporting = TestTokens.systemToken("reporting", Scopes.CUSTOMERS_READ, Scopes.LEADS_READ);

        get(reporting, "/api/leads/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.contactMasked").isEqualTo(true)
                .jsonPath("$.phone").value(phone -> assertThat(phone).isNotEqualTo(request.get("phone")));
        get(reporting, "/api/leads/" + id + "/contact").expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post(reporting, id, "archive", Map.of("reason", "SPAM")).expectStatus().isForbidden();
        post(reporting, id, "conversion", Map.of()).expectStatus().isForbidden();
        post(reporting, id, "assignment", Map.of("ownerId", "rep-s2")).expectStatus().isForbidden();
        post(reporting, id, "contacts", Map.of("method", "PHONE", "direction", "OUTBOUND", "outcome", "REACHED"))
                .expectStatus().isForbidden();
        Map<String, Object> forTeam = new HashMap<>(Leads.websiteLead("Via Reporting"));
        forTeam.put("team", team);
        capture(reporting, forTeam).expectStatus().isForbidden();
        web.post().uri("/api/leads/imports").headers(h -> h.setBearerAuth(reporting))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(java.util.List.of(forTeam))
                .exchange().expectStatus().isForbidden();

        String bare = TestTokens.token("legacy-client", null, Role.SYSTEM);
        get(bare, "/api/leads/" + id).expectStatus().isForbidden(); // a SYSTEM role without scopes grants nothing
        get(bare, "/api/leads/" + id + "/contact").expectStatus().isForbidden();

        get(TestTokens.rep("rep-s1", team), "/api/leads/" + id).expectBody().jsonPath("$.status").isEqualTo("NEW")
                .jsonPath("$.ownerId").isEqualTo("rep-s1");
    }

    @Test
    void b3_l6_theContactScopeReadsTheContactDataAndTheReadIsAudited() {
        Map<String, Object> request = Leads.tradeShowLead("Pan Jun");
        String id = created(capture(TestTokens.rep("rep-s3", TestTokens.uniqueTeam()), request));
        String customerService = TestTokens.systemToken("customer-service", Scopes.LEADS_CONTACT_READ);

        get(customerService, "/api/leads/" + id + "/contact").expectStatus().isOk().expectBody()
                .jsonPath("$.leadId").isEqualTo(id)
                .jsonPath("$.phone").isEqualTo(request.get("phone"))
                .jsonPath("$.email").isEqualTo(request.get("email"));
        assertThat(audited(id, "customer-service")).isOne();

        get(customerService, "/api/leads/" + id).expectStatus().isForbidden(); // contact.read is not leads.read
        post(customerService, id, "archive", Map.of("reason", "SPAM")).expectStatus().isForbidden();
    }

    @Test
    void aSystemTokenWithLeadsWriteCapturesAndCommandsWithContactDataMasked() {
        String team = TestTokens.uniqueTeam();
        String crmBridge = TestTokens.systemToken("crm-bridge", Scopes.LEADS_READ, Scopes.LEADS_WRITE);
        Map<String, Object> request = new HashMap<>(Leads.websiteLead("Bridge Lead"));
        request.put("team", team);
        request.put("ownerId", "rep-s4");
        String id = created(capture(crmBridge, request));

        post(crmBridge, id, "contacts", Map.of("method", "PHONE", "direction", "INBOUND", "outcome", "REACHED"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CONTACTED")
                .jsonPath("$.contactMasked").isEqualTo(true)
                .jsonPath("$.phone").value(phone -> assertThat(phone).isNotEqualTo(request.get("phone")));
        assertThat(audited(id, "crm-bridge")).as("a masked answer reads no contact data").isZero();
    }

    @Test
    void b3_commandAnswersAreMaskedAndAuditedLikeReads() {
        String team = TestTokens.uniqueTeam();
        String rep = TestTokens.rep("rep-s5", team);
        String manager = TestTokens.manager("mgr-" + team, team);
        Map<String, Object> request = Leads.tradeShowLead("Xu Ming");
        String id = created(capture(rep, request));

        post(rep, id, "contacts", Map.of("method", "PHONE", "direction", "OUTBOUND", "outcome", "MEETING_AGREED"))
                .expectStatus().isOk().expectBody().jsonPath("$.phone").isEqualTo(request.get("phone"));
        assertThat(audited(id, "rep-s5")).as("the owner's own lead is not audited").isZero();

        post(manager, id, "grade", Map.of("grade", "C")).expectStatus().isOk().expectBody()
                .jsonPath("$.phone").isEqualTo(request.get("phone")).jsonPath("$.contactMasked").isEqualTo(false);
        assertThat(audited(id, "mgr-" + team)).as("B-3: a non-owner's command answer is a read of contact data").isOne();
        post(manager, id, "archive", Map.of("reason", "NO_NEED")).expectStatus().isOk();
        post(manager, id, "reopen", Map.of()).expectStatus().isOk();
        post(manager, id, "assignment", Map.of("ownerId", "rep-s6")).expectStatus().isOk().expectBody()
                .jsonPath("$.ownerId").isEqualTo("rep-s6").jsonPath("$.email").isEqualTo(request.get("email"));
        post(manager, id, "conversion", Map.of()).expectStatus().isOk();
        assertThat(audited(id, "mgr-" + team)).isEqualTo(5);
    }

    @Test
    void b3_supportReadsAndSeesContactDataAuditedButCapturesAndCommandsNothing() {
        String team = TestTokens.uniqueTeam();
        Map<String, Object> request = Leads.websiteLead("Han Xue");
        String id = created(capture(TestTokens.rep("rep-s7", team), request));
        String support = TestTokens.token("sup-" + team, team, Role.SALES_SUPPORT);

        get(support, "/api/leads/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.phone").isEqualTo(request.get("phone")).jsonPath("$.contactMasked").isEqualTo(false);
        get(support, "/api/leads/" + id + "/contact").expectStatus().isOk().expectBody()
                .jsonPath("$.phone").isEqualTo(request.get("phone"));
        assertThat(audited(id, "sup-" + team)).isEqualTo(2);

        post(support, id, "archive", Map.of("reason", "SPAM")).expectStatus().isForbidden();
        post(support, id, "contacts", Map.of("method", "PHONE", "direction", "OUTBOUND", "outcome", "REACHED"))
                .expectStatus().isForbidden();
        post(support, id, "assignment", Map.of("ownerId", "rep-s8")).expectStatus().isForbidden();
        capture(support, Leads.websiteLead("Support Capture")).expectStatus().isForbidden();
    }

    @Test
    void theGeneralManagerWorksOnLeadsLikeADirector() {
        String team = TestTokens.uniqueTeam();
        String id = created(capture(TestTokens.rep("rep-s9", team), Leads.websiteLead("Lu Bin")));
        String gm = TestTokens.token("gm-1", null, Role.GENERAL_MANAGER);

        get(gm, "/api/leads/" + id).expectStatus().isOk().expectBody().jsonPath("$.contactMasked").isEqualTo(false);
        get(gm, "/api/leads/" + id + "/contact").expectStatus().isOk();
        post(gm, id, "assignment", Map.of("ownerId", "rep-s10")).expectStatus().isOk()
                .expectBody().jsonPath("$.ownerId").isEqualTo("rep-s10");
        Map<String, Object> forTeam = new HashMap<>(Leads.websiteLead("GM Capture"));
        forTeam.put("team", team);
        capture(gm, forTeam).expectStatus().isCreated();
        get(gm, "/api/teams/" + team + "/members").expectStatus().isOk();
    }

    private long audited(String leadId, String actor) {
        return TestDatabase.count(db, "select count(*) from audit_log where action = 'CONTACT_READ' and resource_id = '"
                + leadId + "' and actor = '" + actor + "'");
    }

    private WebTestClient.ResponseSpec capture(String token, Map<String, ?> body) {
        return web.post().uri("/api/leads").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec post(String token, String id, String command, Map<String, ?> body) {
        return web.post().uri("/api/leads/{id}/" + command, id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String token, String path) {
        return web.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private static String created(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }
}
