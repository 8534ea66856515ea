package com.acme.crm.lead.followup.web;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.lead.followup.DueTasks;
import com.acme.crm.lead.followup.LeadTasks;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;

import java.time.Instant;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** L-7: the due lead tasks over HTTP, with the task list mocked. */
@CrmWebSliceTest(controllers = TaskController.class)
class TaskWebTest {

    @Autowired
    WebTestClient web;

    @MockitoBean
    DueTasks dueTasks;

    @Test
    void l7_aRepListsTheirDueNurtureTasks() {
        Instant due = Instant.parse("2026-11-23T02:00:00Z");
        when(dueTasks.of(any(), anyInt())).thenReturn(Flux.just(
                new LeadTasks.Task(UUID.randomUUID(), UUID.randomUUID(), "rep-1", "east", "NURTURE", due, due)));

        web.get().uri("/api/lead-tasks").headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].kind").isEqualTo("NURTURE").jsonPath("$[0].ownerId").isEqualTo("rep-1");
    }

    @Test
    void withoutATokenIs401() {
        web.get().uri("/api/lead-tasks").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void outsideTheSalesDepartmentOrWithoutTheReadScopeIs403() {
        web.get().uri("/api/lead-tasks").headers(h -> h.setBearerAuth(TestTokens.token("fin-1", null, Role.FINANCE)))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/lead-tasks").headers(h -> h.setBearerAuth(TestTokens.systemToken("erp", Scopes.CUSTOMERS_READ)))
                .exchange().expectStatus().isForbidden();
        verifyNoInteractions(dueTasks);
    }

    @Test
    void aManagerWithoutATeamHasNoScopeAndIs403() {
        when(dueTasks.of(any(), anyInt())).thenReturn(Flux.error(new AccessDeniedException("No lead data scope")));

        web.get().uri("/api/lead-tasks").headers(h -> h.setBearerAuth(TestTokens.token("mgr-0", null, Role.SALES_MANAGER)))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
