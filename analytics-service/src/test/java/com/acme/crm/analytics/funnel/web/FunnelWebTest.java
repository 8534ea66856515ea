package com.acme.crm.analytics.funnel.web;

import com.acme.crm.analytics.funnel.FunnelCounts;
import com.acme.crm.analytics.funnel.FunnelReport;
import com.acme.crm.analytics.funnel.FunnelService;
import com.acme.crm.analytics.funnel.FunnelStage;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.InvalidFieldException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The funnel API's answers and refusals (N-1), with the funnel service mocked. */
@CrmWebSliceTest(controllers = FunnelController.class)
class FunnelWebTest {

    @Autowired
    WebTestClient web;

    @MockitoBean
    FunnelService funnel;

    @Test
    void n1_aRepReadsTheFunnelWithConversionRates() {
        FunnelCounts website = new FunnelCounts(Map.of(FunnelStage.values()[0], 4L, FunnelStage.values()[1], 2L));
        when(funnel.report(any(), any(), any())).thenReturn(Mono.just(FunnelReport.of(null, null, Map.of("WEBSITE", website))));

        web.get().uri("/api/analytics/funnel").headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east")))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.stages[0].count").isEqualTo(4)
                .jsonPath("$.stages[1].conversionFromPrevious").isEqualTo(0.5);
    }

    @Test
    void anUnreadableDateIs400NamingTheParameter() {
        web.get().uri("/api/analytics/funnel?from=yesterday").headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east")))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
        verifyNoInteractions(funnel);
    }

    @Test
    void aPeriodEndingBeforeItStartsIs400NamingTo() {
        when(funnel.report(any(), any(), any())).thenThrow(new InvalidFieldException("to", "must be after from"));

        web.get().uri("/api/analytics/funnel?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z")
                .headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east")))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
    }

    @Test
    void withoutATokenIs401() {
        web.get().uri("/api/analytics/funnel").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void outsideTheSalesDepartmentOrWithoutTheAnalyticsScopeIs403() {
        web.get().uri("/api/analytics/funnel")
                .headers(h -> h.setBearerAuth(TestTokens.token("svc-1", "east", Role.SERVICE_AGENT)))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/analytics/funnel")
                .headers(h -> h.setBearerAuth(TestTokens.systemToken("bi", Scopes.LEADS_READ)))
                .exchange().expectStatus().isForbidden();
        verifyNoInteractions(funnel);
    }

    @Test
    void aSystemWithTheAnalyticsScopeIsLetIn() {
        when(funnel.report(any(), any(), any())).thenReturn(Mono.just(FunnelReport.of(null, null, Map.of())));

        web.get().uri("/api/analytics/funnel")
                .headers(h -> h.setBearerAuth(TestTokens.systemToken("bi", Scopes.ANALYTICS_READ)))
                .exchange().expectStatus().isOk();
    }

    @Test
    void aManagerWithoutATeamHasNoScopeAndIs403() {
        when(funnel.report(any(), any(), any()))
                .thenReturn(Mono.error(new AccessDeniedException("No funnel data scope for these roles")));

        web.get().uri("/api/analytics/funnel")
                .headers(h -> h.setBearerAuth(TestTokens.token("mgr-0", null, Role.SALES_MANAGER)))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
