package com.acme.crm.customer.handover.web;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.customer.customer.CustomerFixtures;
import com.acme.crm.customer.handover.Handover;
import com.acme.crm.customer.handover.HandoverRefusals;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** C-8 handover over HTTP: who may hand customers over and how refusals read, with {@link Handover} mocked. */
@CrmWebSliceTest(controllers = HandoverController.class)
class HandoverWebTest {

    private static final String MANAGER = TestTokens.manager("mgr-1", CustomerFixtures.TEAM);

    @Autowired
    WebTestClient web;

    @MockitoBean
    Handover handover;

    @Test
    void c8_aManagerHandsAllOfADepartingRepsCustomersOverAndLearnsHowManyMoved() {
        when(handover.handOver(eq(CustomerFixtures.REP), eq(List.of()), eq(CustomerFixtures.OTHER_REP),
                argThat(user -> user.id().equals("mgr-1")))).thenReturn(Mono.just(new Handover.Result(12, 30)));

        handOver(MANAGER, Map.of("fromOwnerId", CustomerFixtures.REP, "toOwnerId", CustomerFixtures.OTHER_REP))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.customersHandedOver").isEqualTo(12)
                .jsonPath("$.openTasksMoved").isEqualTo(30);
    }

    @Test
    void c8_aDirectorHandsAListOfCustomersOver() {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        when(handover.handOver(isNull(), eq(ids), eq(CustomerFixtures.OTHER_REP), any()))
                .thenReturn(Mono.just(new Handover.Result(2, 1)));

        handOver(TestTokens.token("dir-1", null, Role.SALES_DIRECTOR),
                Map.of("customerIds", ids, "toOwnerId", CustomerFixtures.OTHER_REP))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.customersHandedOver").isEqualTo(2);
    }

    @Test
    void c8_aMissingReceiverOrANullOrUnreadableCustomerIdIs400NamingTheField() {
        handOver(MANAGER, Map.of("fromOwnerId", CustomerFixtures.REP)).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("toOwnerId");
        Map<String, Object> nullId = new HashMap<>();
        nullId.put("customerIds", Arrays.asList(UUID.randomUUID(), null));
        nullId.put("toOwnerId", CustomerFixtures.OTHER_REP);
        handOver(MANAGER, nullId).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerIds[1]");
        handOver(MANAGER, Map.of("customerIds", List.of("not-a-uuid"), "toOwnerId", CustomerFixtures.OTHER_REP))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerIds[0]");
        verifyNoInteractions(handover);
    }

    @Test
    void c8_neitherCustomersNorAFromOwnerIs400NamingCustomerIds() {
        when(handover.handOver(isNull(), eq(List.of()), any(), any())).thenReturn(Mono.error(
                new InvalidFieldException("customerIds", "name the customers, or fromOwnerId for all of a rep's")));

        handOver(MANAGER, Map.of("toOwnerId", CustomerFixtures.OTHER_REP)).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerIds");
    }

    @Test
    void withoutATokenIs401() {
        web.post().uri("/api/customers/handover").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("toOwnerId", CustomerFixtures.OTHER_REP)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void c8_financeOrAReadOnlySystemIsRefusedByTheEndpointAndARepByTheHandoverWith403() {
        Map<String, String> body = Map.of("fromOwnerId", CustomerFixtures.REP, "toOwnerId", CustomerFixtures.OTHER_REP);
        handOver(TestTokens.token("fin-1", null, Role.FINANCE), body).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        handOver(TestTokens.systemToken("reporting", Scopes.CUSTOMERS_READ), body).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(handover);

        when(handover.handOver(any(), any(), any(), any()))
                .thenReturn(Mono.error(new AccessDeniedException("C-8: only a manager hands customers over")));
        handOver(TestTokens.rep(CustomerFixtures.REP, CustomerFixtures.TEAM), body).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void c8_aManagerTokenWithoutATeamIs403SayingSo() {
        when(handover.handOver(any(), any(), any(), any()))
                .thenReturn(Mono.error(HandoverRefusals.managerWithoutTeam()));

        handOver(TestTokens.token("mgr-2", null, Role.SALES_MANAGER),
                Map.of("fromOwnerId", CustomerFixtures.REP, "toOwnerId", CustomerFixtures.OTHER_REP))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("C-8", "no team claim"));
    }

    @Test
    void aConcurrentChangeToAMovingCustomerIs409() {
        when(handover.handOver(any(), any(), any(), any()))
                .thenReturn(Mono.error(new OptimisticLockingFailureException("version moved")));

        handOver(MANAGER, Map.of("fromOwnerId", CustomerFixtures.REP, "toOwnerId", CustomerFixtures.OTHER_REP))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(409);
    }

    @Test
    void c8_aReceiverOffTheRosterOfAMovingTeamIs422NamingC8AndTheTeam() {
        when(handover.handOver(any(), any(), eq("rep-9"), any())).thenReturn(Mono.error(
                new BusinessRuleViolation("C-8", "rep-9 is not a rep of team east")));

        handOver(TestTokens.token("gm-1", null, Role.GENERAL_MANAGER),
                Map.of("fromOwnerId", CustomerFixtures.REP, "toOwnerId", "rep-9"))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.rule").isEqualTo("C-8")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("rep-9", "east"));
    }

    private WebTestClient.ResponseSpec handOver(String token, Map<String, ?> body) {
        return web.post().uri("/api/customers/handover").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
