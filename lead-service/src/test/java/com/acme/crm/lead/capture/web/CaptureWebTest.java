package com.acme.crm.lead.capture.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.lead.capture.CaptureResult;
import com.acme.crm.lead.capture.DuplicateLead;
import com.acme.crm.lead.capture.LeadCapture;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadFixtures;
import com.acme.crm.lead.lead.web.LeadViews;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Capturing a lead over HTTP (L-1, L-3): validation, who may capture, and the duplicate refusal, with capture mocked. */
@CrmWebSliceTest(controllers = CaptureController.class)
@Import(LeadViews.class)
class CaptureWebTest {

    private static final String REP = TestTokens.rep(LeadFixtures.REP, "east");

    @Autowired
    WebTestClient web;

    @MockitoBean
    LeadCapture capture;

    @MockitoBean
    AuditLog audit;

    @Test
    void l1_aCaptureIs201WithTheNewLeadsLocation() {
        Lead lead = LeadFixtures.newWebsiteLead();
        when(capture.capture(any(), any())).thenReturn(Mono.just(new CaptureResult(CaptureResult.Outcome.CREATED, lead)));

        capture(REP, websiteLead()).expectStatus().isCreated()
                .expectHeader().location("/api/leads/" + lead.id())
                .expectBody().jsonPath("$.outcome").isEqualTo("CREATED").jsonPath("$.ownerId").isEqualTo(LeadFixtures.REP);
    }

    @Test
    void l3_aCaptureMergedIntoTheCallersOpenLeadIs200() {
        Lead lead = LeadFixtures.contactedWebsiteLead();
        when(capture.capture(any(), any())).thenReturn(Mono.just(new CaptureResult(CaptureResult.Outcome.MERGED, lead)));

        capture(REP, websiteLead()).expectStatus().isOk()
                .expectBody().jsonPath("$.outcome").isEqualTo("MERGED").jsonPath("$.id").isEqualTo(lead.id().toString());
    }

    @Test
    void aLeadWithoutPhoneOrEmailIs400NamingPhone() {
        Map<String, Object> request = websiteLead();
        request.remove("phone");

        capture(REP, request).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("phone");
        verifyNoInteractions(capture);
    }

    @Test
    void l1_aReferralWithoutItsReferringCustomerIs400NamingTheField() {
        Map<String, Object> request = websiteLead();
        request.put("channel", "REFERRAL");

        capture(REP, request).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("referrerCustomerId");
        verifyNoInteractions(capture);
    }

    @Test
    void withoutATokenIs401() {
        web.post().uri("/api/leads").contentType(MediaType.APPLICATION_JSON).bodyValue(websiteLead()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void salesSupportTakesInquiriesButDoesNotCaptureLeads403() {
        capture(TestTokens.token("sup-1", "east", Role.SALES_SUPPORT), websiteLead()).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        verifyNoInteractions(capture);
    }

    @Test
    void l3_aDuplicateOfAnotherOwnersLeadIs409NamingTheRuleAndNothingElse() {
        when(capture.capture(any(), any())).thenReturn(Mono.error(new DuplicateLead()));

        capture(REP, websiteLead()).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.rule").isEqualTo("L-3")
                .jsonPath("$.leadId").doesNotExist();
    }

    @Test
    void aRuleRefusalIs422NamingTheRule() {
        when(capture.capture(any(), any())).thenReturn(Mono.error(
                new BusinessRuleViolation("L-1", "A referral lead names the referring customer")));

        capture(REP, websiteLead()).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("L-1");
    }

    private WebTestClient.ResponseSpec capture(String token, Map<String, Object> body) {
        return web.post().uri("/api/leads").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static Map<String, Object> websiteLead() {
        return new HashMap<>(Map.of("name", "Li Wei", "phone", "+86 138 0013 8000", "channel", "WEBSITE"));
    }
}
