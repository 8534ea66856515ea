package com.acme.crm.customer.registration.web;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.customer.customer.ContactPerson;
import com.acme.crm.customer.customer.CustomerFixtures;
import com.acme.crm.customer.customer.CustomerQueries;
import com.acme.crm.customer.customer.CustomerState;
import com.acme.crm.customer.registration.CustomerRegistration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Registering a customer with its people over HTTP: validation, who may, and duplicates, with the use case mocked. */
@CrmWebSliceTest(controllers = RegistrationController.class)
class RegistrationWebTest {

    private static final String REP = TestTokens.rep(CustomerFixtures.REP, CustomerFixtures.TEAM);
    private static final String PHONE = "+86 138 0013 8000";

    @Autowired
    WebTestClient web;

    @MockitoBean
    CustomerRegistration registration;

    @MockitoBean
    CustomerQueries queries;

    private final CustomerState registered = CustomerFixtures.newlyRegistered().state();

    @Test
    void registersACustomerWithItsPeopleAndAnswers201WithItsLocation() {
        ContactPerson chen = new ContactPerson(UUID.randomUUID(), "Ms Chen", "purchasing manager", PHONE, null, null,
                null, null, null);
        when(registration.register(argThat(c -> c.profile().company().equals("Hangzhou Pumps")
                && c.contacts().size() == 1 && c.contacts().get(0).phone().equals(PHONE)), any()))
                .thenReturn(Mono.just(registered));
        when(queries.contacts(registered.id())).thenReturn(Mono.just(List.of(chen)));

        register(REP, customer()).expectStatus().isCreated()
                .expectHeader().location("/api/customers/" + registered.id())
                .expectBody()
                .jsonPath("$.company").isEqualTo("Hangzhou Pumps")
                .jsonPath("$.tier").isEqualTo("C")
                .jsonPath("$.contacts[0].phone").isEqualTo(PHONE)
                .jsonPath("$.contacts[0].masked").isEqualTo(false);
    }

    @Test
    void aBlankCompanyAnUnknownScaleOrABadContactIs400NamingTheField() {
        Map<String, Object> noCompany = customer();
        noCompany.put("company", " ");
        register(REP, noCompany).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("company");

        Map<String, Object> unknownScale = customer();
        unknownScale.put("scale", "HUGE");
        register(REP, unknownScale).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("scale");

        Map<String, Object> badEmail = customer();
        badEmail.put("contacts", List.of(Map.of("name", "Ms Chen", "email", "not-an-email")));
        register(REP, badEmail).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("contacts[0].email");

        Map<String, Object> badPhone = customer();
        badPhone.put("contacts", List.of(Map.of("name", "Ms Chen", "phone", "call me")));
        register(REP, badPhone).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("contacts[0].phone")
                .jsonPath("$.errors[0].message").isEqualTo("must be a phone number");
        verifyNoInteractions(registration, queries);
    }

    @Test
    void salesSupportRegisteringWithoutNamingTheOwnerIs400NamingOwnerId() {
        when(registration.register(any(), any())).thenThrow(
                new InvalidFieldException("ownerId", "is required: sales support registers a customer for a rep"));

        register(TestTokens.token("sup-1", CustomerFixtures.TEAM, Role.SALES_SUPPORT), customer())
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("ownerId");
    }

    @Test
    void withoutATokenIs401() {
        web.post().uri("/api/customers").contentType(MediaType.APPLICATION_JSON).bodyValue(customer()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aServiceAgentOrAReadOnlySystemIsRefusedByTheEndpointAndARepRegisteringForSomeoneElseByTheUseCase() {
        register(TestTokens.token("svc-1", null, Role.SERVICE_AGENT), customer()).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        register(TestTokens.systemToken("reporting", Scopes.CUSTOMERS_READ), customer()).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(registration);

        when(registration.register(argThat(c -> CustomerFixtures.OTHER_REP.equals(c.ownerId())), any())).thenThrow(
                new AccessDeniedException("Only a manager or sales support registers a customer for someone else"));
        Map<String, Object> forSomeoneElse = customer();
        forSomeoneElse.put("ownerId", CustomerFixtures.OTHER_REP);
        register(REP, forSomeoneElse).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aContactPersonAlreadyKnownAtAnotherCustomerIs409() {
        when(registration.register(any(), any())).thenReturn(Mono.error(new ConflictException(
                "A contact person of this customer is already a contact of customer " + UUID.randomUUID())));

        register(REP, customer()).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(409);
    }

    private Map<String, Object> customer() {
        Map<String, Object> body = new HashMap<>();
        body.put("company", "  Hangzhou Pumps ");
        body.put("industry", "machinery");
        body.put("scale", "MEDIUM");
        body.put("contacts", List.of(Map.of("name", "Ms Chen", "title", "purchasing manager", "phone", PHONE)));
        return body;
    }

    private WebTestClient.ResponseSpec register(String token, Map<String, Object> body) {
        return web.post().uri("/api/customers").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
