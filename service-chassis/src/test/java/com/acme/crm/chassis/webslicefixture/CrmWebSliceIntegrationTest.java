package com.acme.crm.chassis.webslicefixture;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.NotFoundException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

/** {@link CrmWebSliceTest}: the chassis' security, problem details and caller argument in a slice without a database. */
@CrmWebSliceTest(controllers = NotesController.class)
class CrmWebSliceIntegrationTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ApplicationContext context;

    @MockitoBean
    Notes notes;

    private final UUID id = UUID.randomUUID();

    @Test
    void startsNoDatabaseBrokerOrOutbox() {
        assertThat(context.getBeanNamesForType(org.springframework.r2dbc.core.DatabaseClient.class)).isEmpty();
        assertThat(context.getBeanNamesForType(com.acme.crm.chassis.outbox.Outbox.class)).isEmpty();
        assertThat(context.getBeanNamesForType(org.springframework.kafka.core.KafkaTemplate.class)).isEmpty();
        assertThat(context.getBeanNamesForType(com.acme.crm.chassis.jobs.Jobs.class)).isEmpty();
    }

    @Test
    void aTestTokenIsTrustedAndTheCallerResolved() {
        when(notes.read(id)).thenReturn(Mono.just("hello"));
        web.get().uri("/api/notes/{id}", id).headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.text").isEqualTo("hello").jsonPath("$.reader").isEqualTo("rep-1");
    }

    @Test
    void aSystemIsLetInByItsScope() {
        when(notes.read(id)).thenReturn(Mono.just("hello"));
        web.get().uri("/api/notes/{id}", id)
                .headers(h -> h.setBearerAuth(TestTokens.systemToken("erp", Scopes.LEADS_READ)))
                .exchange().expectStatus().isOk();
        web.get().uri("/api/notes/{id}", id)
                .headers(h -> h.setBearerAuth(TestTokens.systemToken("erp", Scopes.CUSTOMERS_READ)))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void withoutATokenOrWithAForgedOneIs401AsProblemJson() {
        web.get().uri("/api/notes/{id}", id).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
        web.get().uri("/api/notes/{id}", id)
                .headers(h -> h.setBearerAuth(TestTokens.forgedToken("rep-1", Role.SALES_REP)))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theWrongRoleIs403AsProblemJson() {
        web.post().uri("/api/notes").headers(h -> h.setBearerAuth(TestTokens.token("svc-1", "east", Role.SERVICE_AGENT)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "hi"))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void anInvalidFieldIs400NamingIt() {
        web.post().uri("/api/notes").headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", ""))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("text");
    }

    @Test
    void aMissingResourceIs404AndARuleRefusalIs422NamingTheRule() {
        when(notes.read(id)).thenReturn(Mono.error(new NotFoundException("Note", id)));
        web.get().uri("/api/notes/{id}", id).headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east")))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        when(notes.write(eq("too late"), any())).thenReturn(Mono.error(new BusinessRuleViolation("P-1", "refused")));
        web.post().uri("/api/notes").headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "too late"))
                .exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("P-1");
    }
}
