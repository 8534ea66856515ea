package com.acme.crm.lead.lead.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.lead.lead.Grade;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadFixtures;
import com.acme.crm.lead.lead.LeadLifecycle;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The commands on one lead over HTTP: who may run them and how refusals read, with the lifecycle mocked. */
@CrmWebSliceTest(controllers = LeadCommandsController.class)
@Import(LeadViews.class)
class LeadCommandsWebTest {

    private static final String REP = TestTokens.rep(LeadFixtures.REP, "east");

    @Autowired
    WebTestClient web;

    @MockitoBean
    LeadLifecycle lifecycle;

    @MockitoBean
    AuditLog audit;

    private final UUID id = UUID.randomUUID();

    @Test
    void l4_gradesALeadAndAnswersWithItsNewState() {
        Lead graded = LeadFixtures.gradedLead(Grade.B);
        when(lifecycle.grade(eq(id), eq(Grade.B), any())).thenReturn(Mono.just(graded));

        post("/grade", REP, Map.of("grade", "B")).expectStatus().isOk()
                .expectBody().jsonPath("$.grade").isEqualTo("B").jsonPath("$.contactMasked").isEqualTo(false);
    }

    @Test
    void b3_aSystemWorkingLeadsGetsTheAnswerWithContactDataMasked() {
        when(lifecycle.grade(eq(id), eq(Grade.A), any())).thenReturn(Mono.just(LeadFixtures.gradedLead(Grade.A)));

        post("/grade", TestTokens.systemToken("crm-bridge", Scopes.LEADS_WRITE), Map.of("grade", "A"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.contactMasked").isEqualTo(true);
    }

    @Test
    void aMissingOrUnknownGradeIs400NamingTheField() {
        post("/grade", REP, Map.of()).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("grade");
        post("/grade", REP, Map.of("grade", "Z")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("grade");
        verifyNoInteractions(lifecycle);
    }

    @Test
    void withoutATokenIs401() {
        web.post().uri("/api/leads/{id}/reopen", id).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void l8_aRepCannotReassignAndSalesSupportCannotWorkLeads() {
        post("/assignment", REP, Map.of("ownerId", "rep-2")).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        post("/grade", TestTokens.token("sup-1", "east", Role.SALES_SUPPORT), Map.of("grade", "B"))
                .expectStatus().isForbidden();
        post("/grade", TestTokens.systemToken("reporting", Scopes.LEADS_READ), Map.of("grade", "B"))
                .expectStatus().isForbidden();
        verifyNoInteractions(lifecycle);
    }

    @Test
    void aLeadOutsideTheCallersScopeIs404() {
        when(lifecycle.reopen(eq(id), any())).thenReturn(Mono.error(new NotFoundException("Lead", id)));

        post("/reopen", REP, null).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void aConcurrentChangeIs409() {
        when(lifecycle.assign(eq(id), eq("rep-2"), any()))
                .thenReturn(Mono.error(new OptimisticLockingFailureException("version moved")));

        post("/assignment", TestTokens.manager("mgr-1", "east"), Map.of("ownerId", "rep-2"))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(409);
    }

    @Test
    void l6_aRuleRefusalIs422NamingTheRule() {
        when(lifecycle.convert(eq(id), any())).thenReturn(Mono.error(
                new BusinessRuleViolation("L-6", "Only a graded lead (D or better, rule L-4) converts")));

        post("/conversion", REP, null).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("L-6");
    }

    private WebTestClient.ResponseSpec post(String command, String token, Map<String, ?> body) {
        WebTestClient.RequestBodySpec request = web.post().uri("/api/leads/{id}" + command, id)
                .headers(h -> h.setBearerAuth(token));
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
