package com.acme.crm.lead.queue.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.lead.LeadProperties;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadFixtures;
import com.acme.crm.lead.lead.LeadQuery;
import com.acme.crm.lead.lead.web.LeadViews;
import com.acme.crm.lead.queue.LeadQueries;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The lead read API: queues and one lead, their refusals, and B-3 masking, with the queries mocked. */
@CrmWebSliceTest(controllers = LeadController.class)
@Import(LeadViews.class)
@EnableConfigurationProperties(LeadProperties.class)
class LeadQueueWebTest {

    private static final String REP = TestTokens.rep(LeadFixtures.REP, "east");

    @Autowired
    WebTestClient web;

    @MockitoBean
    LeadQueries queries;

    @MockitoBean
    AuditLog audit;

    private final UUID id = UUID.randomUUID();

    @Test
    void b3_aSystemReadsALeadWithContactDataMasked() {
        Lead lead = LeadFixtures.newWebsiteLead();
        when(queries.get(eq(id), any())).thenReturn(Mono.just(lead));

        web.get().uri("/api/leads/{id}", id)
                .headers(h -> h.setBearerAuth(TestTokens.systemToken("reporting", Scopes.LEADS_READ)))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(lead.id().toString())
                .jsonPath("$.contactMasked").isEqualTo(true)
                .jsonPath("$.phone").value(phone -> org.assertj.core.api.Assertions.assertThat((String) phone)
                        .doesNotContain("13800138000"));
    }

    @Test
    void b3_aManagerReadsTheTeamsQueueInTheAskedOrderAndTheReadIsAudited() {
        Lead lead = LeadFixtures.newWebsiteLead();
        when(queries.search(argThat(q -> q.sort() == LeadQuery.Sort.CAPTURED_DESC), any(), any()))
                .thenReturn(Mono.just(new PageResponse<>(List.of(lead), 0, 20, 1, 1)));
        when(audit.recordAll(any(), any(), any(), any())).thenReturn(Mono.empty());

        web.get().uri("/api/leads?sort=-capturedAt").headers(h -> h.setBearerAuth(TestTokens.manager("mgr-1", "east")))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].ownerId").isEqualTo(LeadFixtures.REP)
                .jsonPath("$.items[0].contactMasked").isEqualTo(false);
        verify(audit).recordAll("mgr-1", "CONTACT_READ", "lead", List.of(lead.id()));
    }

    @Test
    void anUnknownSortOrFilterValueIs400NamingTheParameter() {
        web.get().uri("/api/leads?sort=name").headers(h -> h.setBearerAuth(REP))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sort");
        web.get().uri("/api/leads?status=OPENED").headers(h -> h.setBearerAuth(REP))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        verifyNoInteractions(queries);
    }

    @Test
    void withoutATokenIs401() {
        web.get().uri("/api/leads").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void b3_outsideTheSalesDepartmentOrWithoutTheContactScopeIs403() {
        web.get().uri("/api/leads/{id}", id)
                .headers(h -> h.setBearerAuth(TestTokens.token("svc-1", "east", Role.SERVICE_AGENT)))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/leads/{id}/contact", id)
                .headers(h -> h.setBearerAuth(TestTokens.systemToken("reporting", Scopes.LEADS_READ)))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(queries);
    }

    @Test
    void aLeadOutsideTheCallersScopeIs404() {
        when(queries.get(eq(id), any())).thenReturn(Mono.error(new NotFoundException("Lead", id)));
        when(queries.history(eq(id), any())).thenReturn(Mono.error(new NotFoundException("Lead", id)));

        web.get().uri("/api/leads/{id}", id).headers(h -> h.setBearerAuth(REP))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/leads/{id}/history", id).headers(h -> h.setBearerAuth(REP))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
