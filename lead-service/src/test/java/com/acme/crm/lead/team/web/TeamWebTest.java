package com.acme.crm.lead.team.web;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.lead.team.TeamRosters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** L-8: the roster API, who may set a team's round and how refusals read, with the rosters mocked. */
@CrmWebSliceTest(controllers = TeamController.class)
class TeamWebTest {

    private static final String EAST_MANAGER = TestTokens.manager("mgr-east", "east");

    @Autowired
    WebTestClient web;

    @MockitoBean
    TeamRosters rosters;

    @Test
    void l8_aManagerSetsTheirTeamsRound() {
        when(rosters.replace("east", List.of("rep-1", "rep-2"), "mgr-east")).thenReturn(Mono.just(List.of("rep-1", "rep-2")));

        put("east", EAST_MANAGER, Map.of("members", List.of("rep-1", "rep-2"))).expectStatus().isOk()
                .expectBody().jsonPath("$.members[1]").isEqualTo("rep-2");
    }

    @Test
    void l8_aRepReadsTheRound() {
        when(rosters.members("east")).thenReturn(Mono.just(List.of("rep-1")));

        web.get().uri("/api/teams/east/members").headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.members[0]").isEqualTo("rep-1");
    }

    @Test
    void missingOrBlankMembersAre400NamingTheField() {
        put("east", EAST_MANAGER, Map.of()).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("members");
        put("east", EAST_MANAGER, Map.of("members", Arrays.asList("rep-1", " "))).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("members[1]");
        verifyNoInteractions(rosters);
    }

    @Test
    void withoutATokenIs401() {
        web.get().uri("/api/teams/east/members").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void l8_aRepOrAnotherTeamsManagerCannotSetTheRound403() {
        put("east", TestTokens.rep("rep-1", "east"), Map.of("members", List.of("rep-1"))).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        put("east", TestTokens.manager("mgr-west", "west"), Map.of("members", List.of("rep-1")))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        web.get().uri("/api/teams/east/members")
                .headers(h -> h.setBearerAuth(TestTokens.token("svc-1", "east", Role.SERVICE_AGENT)))
                .exchange().expectStatus().isForbidden();
        verifyNoInteractions(rosters);
    }

    @Test
    void aConcurrentRosterChangeIs409() {
        when(rosters.replace(eq("east"), eq(List.of("rep-1")), eq("mgr-east")))
                .thenReturn(Mono.error(new OptimisticLockingFailureException("roster changed")));

        put("east", EAST_MANAGER, Map.of("members", List.of("rep-1"))).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec put(String team, String token, Map<String, ?> body) {
        return web.put().uri("/api/teams/{team}/members", team).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
