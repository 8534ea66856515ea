package com.acme.crm.customer.profile.web;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.customer.customer.ContactPerson;
import com.acme.crm.customer.customer.CustomerFixtures;
import com.acme.crm.customer.profile.ChainLink;
import com.acme.crm.customer.profile.ContactBirthday;
import com.acme.crm.customer.profile.Influence;
import com.acme.crm.customer.profile.ProfileCommands;
import com.acme.crm.customer.profile.ProfileQueries;
import com.acme.crm.customer.profile.ProfileState;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** C-11 over HTTP with the profile services mocked: status codes, fields named in problems, birthdays masked (B-3). */
@CrmWebSliceTest(controllers = ProfileController.class)
class ProfileWebTest {

    private static final String REP = TestTokens.rep(CustomerFixtures.REP, CustomerFixtures.TEAM);

    @Autowired
    WebTestClient web;
    @MockitoBean
    ProfileQueries queries;
    @MockitoBean
    ProfileCommands commands;

    private final UUID id = UUID.randomUUID();
    private final UUID chen = UUID.randomUUID();
    private final ProfileState state = new ProfileState(id,
            List.of(new ChainLink("Li Wei", "CTO", Influence.DECISION_MAKER, chen)), new BigDecimal("500000.00"),
            LocalDate.of(2027, 3, 31), "prefers morning meetings", null,
            List.of(new ContactBirthday(chen, LocalDate.of(1980, 1, 1))), 3, CustomerFixtures.REGISTERED, "rep-1");
    private final List<ContactPerson> people = List.of(new ContactPerson(chen, "Chen Jie", "buyer", "+86 1", null, null,
            LocalDate.of(1980, 1, 1), null, null));

    @Test
    void c11_theOwnerReadsTheProfileWithBirthdays() {
        when(queries.get(eq(id), any())).thenReturn(Mono.just(new ProfileQueries.Shown(state, people, false)));

        get(REP).expectStatus().isOk().expectBody()
                .jsonPath("$.decisionChain[0].influence").isEqualTo("DECISION_MAKER")
                .jsonPath("$.budget").isEqualTo(500000.0)
                .jsonPath("$.decisionTime").isEqualTo("2027-03-31")
                .jsonPath("$.birthdays[0].name").isEqualTo("Chen Jie")
                .jsonPath("$.birthdays[0].birthday").isEqualTo("1980-01-01")
                .jsonPath("$.masked").isEqualTo(false)
                .jsonPath("$.version").isEqualTo(3);
    }

    @Test
    void b3_c11_aServiceAgentReadsTheProfileWithBirthdaysMasked() {
        when(queries.get(eq(id), any())).thenReturn(Mono.just(new ProfileQueries.Shown(state, people, true)));

        get(TestTokens.token("agent-1", CustomerFixtures.TEAM, Role.SERVICE_AGENT)).expectStatus().isOk().expectBody()
                .jsonPath("$.birthdays[0].birthday").doesNotExist()
                .jsonPath("$.birthdays[0].name").isEqualTo("Chen Jie")
                .jsonPath("$.masked").isEqualTo(true);
    }

    @Test
    void c11_aCustomerOutsideTheScopeIs404AndAnOperatorIs403() {
        when(queries.get(eq(id), any())).thenReturn(Mono.error(new NotFoundException("Customer", id)));

        get(REP).expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        get(TestTokens.token("ops-1", null, Role.OPERATOR)).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void c11_theOwnerReplacesTheProfile() {
        when(commands.update(eq(id), any(), eq(3L), any()))
                .thenReturn(Mono.just(new ProfileQueries.Shown(state, people, false)));

        put(REP, body(Map.of("budget", 500000, "anniversary", "1998-03-15"))).expectStatus().isOk()
                .expectBody().jsonPath("$.customerId").isEqualTo(id.toString());
    }

    @Test
    void c11_aNegativeBudgetIs400NamingBudgetAndNothingIsCalled() {
        put(REP, body(Map.of("budget", -1))).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("budget");
        verifyNoInteractions(commands);
    }

    @Test
    void c11_badFieldsAre400NamingEach() {
        put(REP, body(Map.of("anniversary", "02-30"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("anniversary");
        Map<String, Object> noVersion = body(Map.of());
        noVersion.remove("version");
        put(REP, noVersion).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("version");
        put(REP, body(Map.of("decisionChain", List.of(Map.of("name", "", "influence", "USER")))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("decisionChain[0].name");
        put(REP, body(Map.of("budget", new BigDecimal("1.001")))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("budget");
        verifyNoInteractions(commands);
    }

    @Test
    void c11_aBirthdayForAContactOfAnotherCustomerIs400NamingTheContact() {
        when(commands.update(eq(id), any(), anyLong(), any())).thenReturn(Mono.error(
                new InvalidFieldException("birthdays[0].contactId", "is not a contact person of this customer")));

        put(REP, body(Map.of("birthdays", List.of(Map.of("contactId", UUID.randomUUID().toString(),
                "birthday", "1980-01-01"))))).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("birthdays[0].contactId");
    }

    @Test
    void c11_aStaleVersionIs409() {
        when(commands.update(eq(id), any(), anyLong(), any()))
                .thenReturn(Mono.error(new ConflictException("C-11: the profile is at version 4, not 3")));

        put(REP, body(Map.of())).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void c11_financeAndServiceAgentsDoNotWriteProfiles() {
        put(TestTokens.token("fin-1", null, Role.FINANCE), body(Map.of())).expectStatus().isForbidden();
        put(TestTokens.token("agent-1", CustomerFixtures.TEAM, Role.SERVICE_AGENT), body(Map.of()))
                .expectStatus().isForbidden();
        verifyNoInteractions(commands);
    }

    private static Map<String, Object> body(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("version", 3));
        body.putAll(fields);
        return body;
    }

    private WebTestClient.ResponseSpec get(String token) {
        return web.get().uri("/api/customers/{id}/profile", id).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private WebTestClient.ResponseSpec put(String token, Map<String, Object> body) {
        return web.put().uri("/api/customers/{id}/profile", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
