package com.acme.crm.aftersales.inspection.web;

import com.acme.crm.aftersales.inspection.InspectionDesk;
import com.acme.crm.aftersales.inspection.InspectionState;
import com.acme.crm.aftersales.inspection.InspectionStatus;
import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.PageResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The inspection API's answers: status filter, overdue read against the clock, 422 naming A-5, roles. */
@CrmWebSliceTest(controllers = InspectionController.class)
class InspectionWebTest {

    private static final String AGENT = TestTokens.token("agent-1", "east", Role.SERVICE_AGENT);

    @Autowired
    WebTestClient web;
    @Autowired
    AdjustableClock clock;
    @MockitoBean
    InspectionDesk desk;

    @Test
    void a5_anInspectionPastItsDueTimeReadsOverdue() {
        InspectionState past = new InspectionState(UUID.randomUUID(), UUID.randomUUID(), "rep-1", "east", "2026-Q3",
                clock.instant().minus(Duration.ofDays(100)), clock.instant().minus(Duration.ofDays(1)), null, 0);
        when(desk.list(eq(InspectionStatus.OVERDUE), any(), any()))
                .thenReturn(Mono.just(new PageResponse<>(List.of(past), 0, 50, 1, 1)));

        web.get().uri("/api/inspections?status=overdue").headers(h -> h.setBearerAuth(AGENT)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].status").isEqualTo("OVERDUE")
                .jsonPath("$.items[0].quarter").isEqualTo("2026-Q3");
    }

    @Test
    void a5_anUnknownStatusOrEmptyFindingsAreRefusedNamingTheField() {
        web.get().uri("/api/inspections?status=soon").headers(h -> h.setBearerAuth(AGENT)).exchange()
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        complete(Map.of("findings", " ")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("findings");
        verifyNoInteractions(desk);
    }

    @Test
    void a5_completingTwiceIsUnprocessableNamingTheRule() {
        when(desk.complete(any(), any(), any())).thenReturn(Mono.error(new BusinessRuleViolation("A-5", "done")));

        complete(Map.of("findings", "fine")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("A-5");
    }

    @Test
    void repsAreForbiddenAndStrangersUnauthorised() {
        web.get().uri("/api/inspections").headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east"))).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/inspections").exchange().expectStatus().isUnauthorized();
        verifyNoInteractions(desk);
    }

    private WebTestClient.ResponseSpec complete(Object body) {
        return web.post().uri("/api/inspections/{id}/completion", UUID.randomUUID())
                .headers(h -> h.setBearerAuth(AGENT)).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }
}
