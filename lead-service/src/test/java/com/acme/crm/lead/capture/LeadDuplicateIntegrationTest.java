package com.acme.crm.lead.capture;

import com.acme.crm.lead.Leads;
import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * L-3 across owners: a capture matching a lead outside the caller's data scope is refused as a duplicate without
 * telling the caller whose lead it is or what it holds (B-3), and leaves that lead exactly as it was.
 */
@CrmIntegrationTest
class LeadDuplicateIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;

    @Test
    void l3_aRepWhoseCaptureMatchesAnotherRepsLeadLearnsOnlyThatItIsADuplicate() {
        String team = TestTokens.uniqueTeam();
        Map<String, Object> first = Leads.tradeShowLead("Li Na");
        String id = created(capture(TestTokens.rep("rep-d1", team), first));
        String before = snapshot(id);
        clock.advance(Duration.ofHours(1));

        Map<String, Object> again = Map.of("name", "Li Na (website)", "company", "Other Co.",
                "phone", first.get("phone").toString().replace(" ", "-"), "channel", "WEBSITE");
        for (String token : List.of(TestTokens.rep("rep-d2", team), TestTokens.token("am-d3", team, Role.ACCOUNT_MANAGER),
                TestTokens.manager("mgr-other", TestTokens.uniqueTeam()))) {
            byte[] body = capture(token, again).expectStatus().isEqualTo(409)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.rule").isEqualTo("L-3")
                    .jsonPath("$.id").doesNotExist()
                    .jsonPath("$.leadId").doesNotExist()
                    .returnResult().getResponseBody();
            assertThat(new String(body, StandardCharsets.UTF_8)).as("B-3: nothing of the other lead")
                    .doesNotContain(id).doesNotContain("rep-d1").doesNotContain("Li Na")
                    .doesNotContain(first.get("email").toString());
        }

        assertThat(snapshot(id)).as("L-3, L-7: the other rep's lead is untouched, its nurture clock included")
                .isEqualTo(before);
    }

    @Test
    void l3_aManagerWhoseCaptureMatchesATeamLeadStillMergesIt() {
        String team = TestTokens.uniqueTeam();
        Map<String, Object> first = Leads.websiteLead("Tang Yi");
        String id = created(capture(TestTokens.rep("rep-d4", team), first));

        capture(TestTokens.manager("mgr-" + team, team), Map.of("name", "Tang Yi", "phone", first.get("phone"),
                "channel", "REFERRAL", "referrerCustomerId", java.util.UUID.randomUUID().toString()))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(id)
                .jsonPath("$.outcome").isEqualTo("MERGED");
    }

    @Test
    void l3_anImportRowMatchingAnotherRepsLeadIsReportedAsADuplicateWithoutItsId() {
        String team = TestTokens.uniqueTeam();
        Map<String, Object> first = Leads.tradeShowLead("Kong Mei");
        String id = created(capture(TestTokens.rep("rep-d5", team), first));
        String before = snapshot(id);
        clock.advance(Duration.ofHours(1));

        List<Map<String, Object>> rows = List.of(
                Map.of("name", "Kong Mei", "email", first.get("email"), "channel", "TRADE_SHOW"),
                Leads.tradeShowLead("Fresh Row"));
        byte[] body = web.post().uri("/api/leads/imports").headers(h -> h.setBearerAuth(TestTokens.rep("rep-d6", team)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(rows).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.created").isEqualTo(1)
                .jsonPath("$.merged").isEqualTo(0)
                .jsonPath("$.duplicates").isEqualTo(1)
                .jsonPath("$.rejected").isEqualTo(0)
                .jsonPath("$.rows[0].outcome").isEqualTo("DUPLICATE")
                .jsonPath("$.rows[0].leadId").doesNotExist()
                .jsonPath("$.rows[0].errors[0].message").value(message -> assertThat(message.toString()).contains("L-3"))
                .jsonPath("$.rows[1].outcome").isEqualTo("CREATED")
                .returnResult().getResponseBody();
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain(id).doesNotContain("rep-d5");
        assertThat(snapshot(id)).isEqualTo(before);
    }

    /** Everything a merge would change: the row, its captures, its events and its audit trail. */
    private String snapshot(String id) {
        return db.sql("""
                        select l.version || '|' || l.last_touch_at || '|' || l.owner_id || '|' || l.status
                            || '|' || (select count(*) from lead_capture c where c.lead_id = l.id)
                            || '|' || (select count(*) from outbox_event o where o.message_key = l.id::text)
                            || '|' || (select count(*) from audit_log a where a.resource_id = l.id::text) as state
                        from lead l where l.id = :id::uuid""")
                .bind("id", id).map(row -> row.get("state", String.class)).one().block(Duration.ofSeconds(10));
    }

    private WebTestClient.ResponseSpec capture(String token, Map<String, ?> body) {
        return web.post().uri("/api/leads").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static String created(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }
}
