package com.acme.crm.analytics.funnel;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TestTokens;

import io.micrometer.core.instrument.MeterRegistry;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CrmIntegrationTest
class FunnelIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MeterRegistry meters;

    @Test
    void n1_countsCapturedLeadsByChannelFromLeadEvents() {
        String team = team();
        String manager = TestTokens.token("mgr", team, Role.SALES_MANAGER);

        publishCaptured(UUID.randomUUID(), "TRADE_SHOW", "rep-a", team, UUID.randomUUID());
        publishCaptured(UUID.randomUUID(), "TRADE_SHOW", "rep-b", team, UUID.randomUUID());
        publishCaptured(UUID.randomUUID(), "WEBSITE", "rep-a", team, UUID.randomUUID());

        await().atMost(Duration.ofSeconds(20)).until(() -> captured(manager, "") == 3);
        JsonNode funnel = funnel(manager, "");
        assertThat(funnel.at("/stages/0/stage").asString()).isEqualTo("CAPTURED");
        assertThat(funnel.at("/byChannel/TRADE_SHOW/CAPTURED").asLong()).isEqualTo(2);
        assertThat(funnel.at("/byChannel/WEBSITE/CAPTURED").asLong()).isEqualTo(1);
        assertThat(funnel.at("/stages/1/stage").asString()).isEqualTo("CONTACTED");
    }

    @Test
    void n1_firstContactsAndGradesMoveLeadsDownTheFunnel() {
        String team = team();
        String manager = TestTokens.token("mgr", team, Role.SALES_MANAGER);
        UUID contacted = UUID.randomUUID();
        UUID graded = UUID.randomUUID();
        publishCaptured(contacted, "TRADE_SHOW", "rep-a", team, UUID.randomUUID());
        publishCaptured(graded, "TRADE_SHOW", "rep-a", team, UUID.randomUUID());
        publishCaptured(UUID.randomUUID(), "WEBSITE", "rep-a", team, UUID.randomUUID());
        publish(contacted, "crm.lead.contacted.v1", """
                {"leadId":"%s","ownerId":"rep-a","team":"%s","method":"PHONE","direction":"OUTBOUND","outcome":"REACHED",
                 "firstContact":true,"withinSla":true,"contactedAt":"2026-11-23T10:00:00Z"}""".formatted(contacted, team));
        publish(graded, "crm.lead.contacted.v1", """
                {"leadId":"%s","ownerId":"rep-a","team":"%s","method":"VISIT","direction":"OUTBOUND","outcome":"REACHED",
                 "firstContact":true,"withinSla":false,"contactedAt":"2026-11-26T10:00:00Z"}""".formatted(graded, team));
        publish(graded, "crm.lead.graded.v1", """
                {"leadId":"%s","ownerId":"rep-a","team":"%s","grade":"C","previousGrade":null,
                 "gradedAt":"2026-11-26T11:00:00Z"}""".formatted(graded, team));

        await().atMost(Duration.ofSeconds(20)).until(() -> funnel(manager, "").at("/stages/2/count").asLong() == 1);
        JsonNode funnel = funnel(manager, "");
        assertThat(funnel.at("/stages/0/count").asLong()).isEqualTo(3);
        assertThat(funnel.at("/stages/1/stage").asString()).isEqualTo("CONTACTED");
        assertThat(funnel.at("/stages/1/count").asLong()).isEqualTo(2);
        assertThat(funnel.at("/stages/1/conversionFromPrevious").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(funnel.at("/stages/2/stage").asString()).isEqualTo("GRADED");
        assertThat(funnel.at("/byChannel/TRADE_SHOW/GRADED").asLong()).isEqualTo(1);
        assertThat(funnel.at("/byChannel/WEBSITE/CONTACTED").asLong()).isZero();
    }

    @Test
    void aRedeliveredLeadCapturedCountsOnce() {
        String team = team();
        String manager = TestTokens.token("mgr", team, Role.SALES_MANAGER);
        UUID leadId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();

        publishCaptured(leadId, "COLD_CALL", "rep-a", team, eventId);
        publishCaptured(leadId, "COLD_CALL", "rep-a", team, eventId);
        publishCaptured(leadId, "COLD_CALL", "rep-a", team, UUID.randomUUID());
        UUID marker = UUID.randomUUID();
        publishCaptured(marker, "OTHER", "rep-a", team, UUID.randomUUID());

        await().atMost(Duration.ofSeconds(20)).until(() -> captured(manager, "") == 2);
        assertThat(funnel(manager, "").at("/byChannel/COLD_CALL/CAPTURED").asLong()).isEqualTo(1);
    }

    @Test
    void n1_aVisitToACustomerConvertedFromACapturedLeadCountsTheLeadAsVisited() {
        String team = team();
        String manager = TestTokens.token("mgr", team, Role.SALES_MANAGER);
        UUID visited = UUID.randomUUID();
        publishCaptured(visited, "TRADE_SHOW", "rep-a", team, UUID.randomUUID());
        publishCaptured(UUID.randomUUID(), "WEBSITE", "rep-a", team, UUID.randomUUID());
        await().atMost(Duration.ofSeconds(20)).until(() -> captured(manager, "") == 2);

        publishVisit(UUID.randomUUID(), visited, team, UUID.randomUUID());

        await().atMost(Duration.ofSeconds(20)).until(() -> funnel(manager, "").at("/stages/3/count").asLong() == 1);
        JsonNode funnel = funnel(manager, "");
        assertThat(funnel.at("/stages/3/stage").asString()).isEqualTo("VISITED");
        assertThat(funnel.at("/byChannel/TRADE_SHOW/VISITED").asLong()).isEqualTo(1);
        assertThat(funnel.at("/byChannel/WEBSITE/VISITED").asLong()).isZero();
    }

    @Test
    void n1_aVisitToACustomerWithoutALeadLeavesTheFunnelUnchanged() {
        String team = team();
        String manager = TestTokens.token("mgr", team, Role.SALES_MANAGER);
        publishCaptured(UUID.randomUUID(), "WEBSITE", "rep-a", team, UUID.randomUUID());
        await().atMost(Duration.ofSeconds(20)).until(() -> captured(manager, "") == 1);
        UUID customerId = UUID.randomUUID();
        double failuresBefore = inbox("crm.inbox.failures");
        double skippedBefore = inbox("crm.inbox.skipped");

        publishVisit(customerId, null, team, UUID.randomUUID());
        // Same customer, so the same partition: once this unhandled type is skipped, the visit was processed.
        publishCustomerEvent(customerId, "crm.customer.tier-changed.v1", UUID.randomUUID(), """
                {"customerId":"%s","ownerId":"rep-a","team":"%s","tier":"B","previousTier":"C","pinned":false,
                 "trailingPurchases":350000.00,"changedAt":"2026-11-30T11:00:00Z"}""".formatted(customerId, team));

        await().atMost(Duration.ofSeconds(20)).until(() -> inbox("crm.inbox.skipped") > skippedBefore);
        assertThat(inbox("crm.inbox.failures")).as("failed or dead-lettered visits").isEqualTo(failuresBefore);
        assertThat(funnel(manager, "").at("/stages/3/count").asLong()).isZero();
        assertThat(captured(manager, "")).isEqualTo(1);
    }

    @Test
    void n1_aRedeliveredVisitCountsOnce() {
        String team = team();
        String manager = TestTokens.token("mgr", team, Role.SALES_MANAGER);
        UUID leadId = UUID.randomUUID();
        publishCaptured(leadId, "REFERRAL", "rep-a", team, UUID.randomUUID());
        await().atMost(Duration.ofSeconds(20)).until(() -> captured(manager, "") == 1);
        UUID customerId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        double processedBefore = inbox("crm.inbox.processed");
        double duplicatesBefore = inbox("crm.inbox.duplicates");

        publishVisit(customerId, leadId, team, eventId);
        publishVisit(customerId, leadId, team, eventId);

        await().atMost(Duration.ofSeconds(20)).until(() -> inbox("crm.inbox.duplicates") == duplicatesBefore + 1);
        assertThat(inbox("crm.inbox.processed")).as("visits processed").isEqualTo(processedBefore + 1);
        assertThat(funnel(manager, "").at("/stages/3/count").asLong()).isEqualTo(1);
    }

    @Test
    void theCapturedCounterIsOnThePrometheusEndpoint() {
        String team = team();
        publishCaptured(UUID.randomUUID(), "SOCIAL_MEDIA", "rep-a", team, UUID.randomUUID());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                        .expectBody(String.class).value(body -> assertThat(body)
                                .containsPattern("crm_leads_captured_total\\{[^}]*channel=\"SOCIAL_MEDIA\"[^}]*} [1-9]")));
    }

    @Test
    void dataScope_aRepSeesOnlyTheirOwnLeadsInTheFunnel() {
        String team = team();
        publishCaptured(UUID.randomUUID(), "WEBSITE", "rep-own", team, UUID.randomUUID());
        publishCaptured(UUID.randomUUID(), "WEBSITE", "rep-other", team, UUID.randomUUID());
        String manager = TestTokens.token("mgr", team, Role.SALES_MANAGER);
        await().atMost(Duration.ofSeconds(20)).until(() -> captured(manager, "") == 2);

        assertThat(captured(TestTokens.token("rep-own", team, Role.SALES_REP), "")).isEqualTo(1);
    }

    @Test
    void theFunnelIsReadForAPeriod() {
        String team = team();
        String manager = TestTokens.token("mgr", team, Role.SALES_MANAGER);
        publishCaptured(UUID.randomUUID(), "WEBSITE", "rep-a", team, UUID.randomUUID());
        await().atMost(Duration.ofSeconds(20)).until(() -> captured(manager, "") == 1);

        assertThat(captured(manager, "?from=2026-11-23T00:00:00Z&to=2026-11-24T00:00:00Z")).isEqualTo(1);
        assertThat(captured(manager, "?from=2026-11-24T00:00:00Z")).isZero();
        web.get().uri("/api/analytics/funnel?from=2026-11-24T00:00:00Z&to=2026-11-23T00:00:00Z")
                .headers(h -> h.setBearerAuth(manager)).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
    }

    @Test
    void theFunnelNeedsATokenAndASalesRole() {
        web.get().uri("/api/analytics/funnel").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/analytics/funnel")
                .headers(h -> h.setBearerAuth(TestTokens.token("svc-1", "east", Role.SERVICE_AGENT)))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aSystemReadsTheFunnelOnlyWithTheAnalyticsReadScope() {
        web.get().uri("/api/analytics/funnel")
                .headers(h -> h.setBearerAuth(TestTokens.systemToken("bi", Scopes.ANALYTICS_READ)))
                .exchange().expectStatus().isOk();
        web.get().uri("/api/analytics/funnel")
                .headers(h -> h.setBearerAuth(TestTokens.systemToken("crm-sync", Scopes.CUSTOMERS_READ)))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/analytics/funnel")
                .headers(h -> h.setBearerAuth(TestTokens.token("svc-x", null, Role.SYSTEM)))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void theGeneralManagerReadsTheWholeFunnel() {
        String team = team();
        publishCaptured(UUID.randomUUID(), "WEBSITE", "rep-gm", team, UUID.randomUUID());
        String manager = TestTokens.token("mgr", team, Role.SALES_MANAGER);
        await().atMost(Duration.ofSeconds(20)).until(() -> captured(manager, "") == 1);

        assertThat(captured(TestTokens.token("gm", null, Role.GENERAL_MANAGER), "")).isGreaterThanOrEqualTo(1);
        web.get().uri("/api/analytics/funnel")
                .headers(h -> h.setBearerAuth(TestTokens.token("ops", null, Role.OPERATOR)))
                .exchange().expectStatus().isForbidden();
    }

    private long captured(String token, String query) {
        return funnel(token, query).at("/stages/0/count").asLong();
    }

    private JsonNode funnel(String token, String query) {
        return web.get().uri("/api/analytics/funnel" + query).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** An inbox counter of the customer-events consumer, summed over its tags. */
    private double inbox(String meter) {
        return meters.find(meter).tag("consumer", "analytics-customers").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    private static String team() {
        return "team-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void publish(UUID leadId, String type, String payload) {
        KafkaProbe.send("crm.lead.events", leadId.toString(), payload.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", type, "ce_source", "/crm/lead-service",
                "ce_specversion", "1.0", "ce_subject", leadId.toString(), "ce_time", "2026-11-23T09:00:00Z"));
    }

    private static void publishVisit(UUID customerId, @Nullable UUID leadId, String team, UUID eventId) {
        publishCustomerEvent(customerId, "crm.customer.visit-logged.v1", eventId, """
                {"visitId":"%s","customerId":"%s","leadId":%s,"ownerId":"rep-a","team":"%s","method":"ON_SITE",
                 "visitedAt":"2026-11-30T10:00:00Z","filedAt":"2026-11-30T18:00:00Z","late":false,
                 "firstVisit":true,"progress":true}""".formatted(UUID.randomUUID(), customerId,
                leadId == null ? "null" : "\"" + leadId + "\"", team));
    }

    private static void publishCustomerEvent(UUID customerId, String type, UUID eventId, String payload) {
        KafkaProbe.send("crm.customer.events", customerId.toString(), payload.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_id", eventId.toString(), "ce_type", type, "ce_source", "/crm/customer-service",
                "ce_specversion", "1.0", "ce_subject", customerId.toString(), "ce_time", "2026-11-30T18:00:00Z",
                "content-type", "application/json"));
    }

    private static void publishCaptured(UUID leadId, String channel, String owner, String team, UUID eventId) {
        byte[] payload = ("""
                {"leadId":"%s","channel":"%s","company":null,"ownerId":"%s","team":"%s","referrerCustomerId":null,
                 "capturedAt":"2026-11-23T09:00:00Z","firstContactDueAt":"2026-11-25T09:00:00Z",
                 "followUpEmailDueAt":null,"contactFingerprints":[]}""")
                .formatted(leadId, channel, owner, team).getBytes(StandardCharsets.UTF_8);
        KafkaProbe.send("crm.lead.events", leadId.toString(), payload, Map.of(
                "ce_id", eventId.toString(), "ce_type", "crm.lead.captured.v1", "ce_source", "/crm/lead-service",
                "ce_specversion", "1.0", "ce_subject", leadId.toString(), "ce_time", "2026-11-23T09:00:00Z",
                "content-type", "application/json"));
    }
}
