package com.acme.crm.lead.calllog.web;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.lead.LeadProperties;
import com.acme.crm.lead.calllog.CallLogBook;
import com.acme.crm.lead.calllog.CallLogConflict;
import com.acme.crm.lead.calllog.CallLogs;
import com.acme.crm.lead.calllog.CallTally;
import com.acme.crm.lead.calllog.TeamCallLogs;
import com.acme.crm.lead.lead.Contact;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** R-2 over HTTP: who may keep, close, read and review call logs, and how refusals read; the services are mocked. */
@CrmWebSliceTest(controllers = CallLogController.class)
@EnableConfigurationProperties(LeadProperties.class)
class CallLogWebTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final String REP = TestTokens.rep("rep-1", "east");
    private static final String MANAGER = TestTokens.manager("mgr-east", "east");

    @Autowired
    WebTestClient web;
    @MockitoBean
    CallLogBook book;
    @MockitoBean
    TeamCallLogs teams;

    @Test
    void r2_theRepClosesTheirLogAndSeesItClosedAndLate() {
        when(book.close(eq("rep-1"), eq(MONDAY), any())).thenReturn(Mono.just(view(true, true)));

        post("/rep-1/2026-11-23/closure", REP, null).expectStatus().isOk().expectBody()
                .jsonPath("$.closed").isEqualTo(true)
                .jsonPath("$.late").isEqualTo(true)
                .jsonPath("$.tally.leadCalls").isEqualTo(3)
                .jsonPath("$.tally.effectiveCalls").isEqualTo(4);
    }

    @Test
    void r2_closingTwiceIs409NamingTheRule() {
        when(book.close(eq("rep-1"), eq(MONDAY), any()))
                .thenReturn(Mono.error(new CallLogConflict("The call log of 2026-11-23 is closed already")));

        post("/rep-1/2026-11-23/closure", REP, null).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("R-2");
    }

    @Test
    void r2_closingAFutureDayIs422NamingTheRule() {
        when(book.close(eq("rep-1"), eq(MONDAY.plusDays(1)), any()))
                .thenReturn(Mono.error(new BusinessRuleViolation("R-2", "not before that day")));

        post("/rep-1/2026-11-24/closure", REP, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("R-2");
    }

    @Test
    void r2_closingAnotherRepsLogIs403NamingTheRule() {
        when(book.close(eq("rep-1"), eq(MONDAY), any()))
                .thenReturn(Mono.error(new ForbiddenByRule("R-2", "Only the rep closes their own call log")));

        post("/rep-1/2026-11-23/closure", TestTokens.rep("rep-2", "east"), null).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("R-2");
    }

    @Test
    void r2_anAddedCallNeedsAnOutcomeAndTakesNoPhoneNumberField() {
        when(book.addCall(eq("rep-1"), eq(MONDAY), eq(Contact.Outcome.NO_ANSWER), eq("supplier's front desk"), isNull(),
                any())).thenReturn(Mono.just(view(false, false)));

        post("/rep-1/2026-11-23/calls", REP, Map.of("outcome", "NO_ANSWER", "note", "supplier's front desk"))
                .expectStatus().isOk();
        post("/rep-1/2026-11-23/calls", REP, Map.of("note", "no outcome")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("outcome");
        post("/rep-1/2026-11-23/calls", REP, Map.of("outcome", "BUSY")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("outcome");
    }

    @Test
    void r2_aQuestionNeedsTextAndAValidLeadId() {
        post("/rep-1/2026-11-23/questions", REP, Map.of("text", " ")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("text");
        post("/rep-1/2026-11-23/questions", REP, Map.of("text", "price of DN50?", "leadId", "not-a-uuid"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("leadId");
        verifyNoInteractions(book);
    }

    @Test
    void aDateThatIsNotADateIs400NamingIt() {
        post("/rep-1/23-11-2026/closure", REP, null).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("date");
        web.get().uri("/api/call-logs").headers(h -> h.setBearerAuth(MANAGER)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("date");
        verifyNoInteractions(book, teams);
    }

    @Test
    void r2_theManagerSeesTheTeamAndWhoHasNotClosed() {
        TeamCallLogs.TeamView view = new TeamCallLogs.TeamView("east", MONDAY, Instant.parse("2026-11-23T09:30:00Z"), 2,
                1, List.of("rep-2"), new PageResponse<>(List.of(
                new TeamCallLogs.Summary("rep-1", true, Instant.parse("2026-11-23T09:00:00Z"), false, false,
                        new CallTally(3, 2, 1, 4, 1)),
                new TeamCallLogs.Summary("rep-2", false, null, false, false, CallTally.NONE)), 0, 50, 2, 1));
        when(teams.of(isNull(), eq(MONDAY), any(), any())).thenReturn(Mono.just(view));

        web.get().uri("/api/call-logs?date=2026-11-23").headers(h -> h.setBearerAuth(MANAGER)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.notClosed[0]").isEqualTo("rep-2")
                .jsonPath("$.logs.items[0].tally.customerCalls").isEqualTo(2)
                .jsonPath("$.logs.totalItems").isEqualTo(2);
    }

    @Test
    void r2_aRepOrASystemDoesNotSeeTheTeamViewOrReview() {
        web.get().uri("/api/call-logs?date=2026-11-23").headers(h -> h.setBearerAuth(REP)).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/call-logs?date=2026-11-23")
                .headers(h -> h.setBearerAuth(TestTokens.systemToken("reporting", Scopes.LEADS_READ))).exchange()
                .expectStatus().isForbidden();
        post("/rep-1/2026-11-23/review", REP, Map.of("comment", "ok")).expectStatus().isForbidden();
        post("/rep-1/2026-11-23/closure", TestTokens.token("support-1", null, Role.SALES_SUPPORT), null)
                .expectStatus().isForbidden();
        verifyNoInteractions(book, teams);
    }

    @Test
    void r2_aReviewNeedsAComment() {
        post("/rep-1/2026-11-23/review", MANAGER, Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("comment");
        when(book.review(eq("rep-1"), eq(MONDAY), eq("call Wang back"), any())).thenReturn(Mono.just(view(true, false)));
        post("/rep-1/2026-11-23/review", MANAGER, Map.of("comment", " call Wang back ")).expectStatus().isOk();
    }

    @Test
    void withoutATokenIs401() {
        web.get().uri("/api/call-logs/rep-1/2026-11-23").exchange().expectStatus().isUnauthorized();
    }

    private static CallLogBook.LogView view(boolean closed, boolean late) {
        return new CallLogBook.LogView("rep-1", "east", MONDAY, Instant.parse("2026-11-23T09:30:00Z"), closed,
                closed ? Instant.parse("2026-11-23T09:31:00Z") : null, late, new CallTally(3, 2, 1, 4, 1), null, null,
                null, new CallLogs.Entries(List.of(), List.of(), List.of(), List.of()));
    }

    private WebTestClient.ResponseSpec post(String path, String token, Map<String, ?> body) {
        WebTestClient.RequestBodySpec spec = web.post().uri("/api/call-logs" + path).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON);
        return body == null ? spec.exchange() : spec.bodyValue(body).exchange();
    }
}
