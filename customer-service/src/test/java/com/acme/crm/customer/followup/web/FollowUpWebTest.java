package com.acme.crm.customer.followup.web;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerFixtures;
import com.acme.crm.customer.followup.DueList;
import com.acme.crm.customer.followup.FollowUpCommands;
import com.acme.crm.customer.followup.Task;
import com.acme.crm.customer.followup.TaskKind;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * A rep's touches and pauses and the due list over HTTP: who may, how refusals read. The commands are mocked; where a
 * rule refuses, the mock lets the real {@link Customer} refuse, so the 422 carries the aggregate's own rule id.
 */
@CrmWebSliceTest(controllers = {FollowUpController.class, TaskController.class})
class FollowUpWebTest {

    private static final String REP = TestTokens.rep(CustomerFixtures.REP, CustomerFixtures.TEAM);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant MONDAY_NOON = CustomerFixtures.REGISTERED.plus(Duration.ofHours(2));

    @Autowired
    WebTestClient web;

    @MockitoBean
    FollowUpCommands commands;

    @MockitoBean
    DueList dueList;

    private final Customer customer = CustomerFixtures.tierC();
    private final UUID id = customer.id();

    @Test
    void b1_recordsATouchAndAnswersWithTheCustomersNewState() {
        when(commands.recordContact(eq(id), eq("PHONE"), eq(false), isNull(), eq("asked about spares"), any()))
                .thenAnswer(call -> Mono.fromCallable(() -> {
                    customer.recordContact(MONDAY_NOON, true, MONDAY_NOON, SHANGHAI);
                    return customer.state();
                }));

        post("/touches", REP, Map.of("channel", "PHONE", "note", "asked about spares")).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(id.toString())
                .jsonPath("$.lastContactAt").isEqualTo(MONDAY_NOON.toString());
    }

    @Test
    void anUnknownChannelOrAnOutOfRangePauseIs400NamingTheField() {
        post("/touches", REP, Map.of("channel", "FAX")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("channel");
        post("/touches", REP, Map.of("channel", "PHONE", "at", "yesterday")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("at");
        post("/pause", REP, Map.of("days", 0)).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("days");
        verifyNoInteractions(commands);
    }

    @Test
    void withoutATokenIs401() {
        web.post().uri("/api/customers/{id}/touches", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("channel", "PHONE")).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/customer-tasks").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void financeSalesSupportAndAReadOnlySystemCannotTouchOrPauseAndGet403() {
        post("/touches", TestTokens.token("fin-1", null, Role.FINANCE), Map.of("channel", "PHONE"))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        post("/pause", TestTokens.token("sup-1", CustomerFixtures.TEAM, Role.SALES_SUPPORT), Map.of())
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post("/touches", TestTokens.systemToken("reporting", Scopes.CUSTOMERS_READ), Map.of("channel", "EMAIL"))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(commands);
    }

    @Test
    void aCustomerOutsideTheCallersScopeIs404() {
        when(commands.recordContact(eq(id), any(), anyBoolean(), any(), any(), any()))
                .thenReturn(Mono.error(new NotFoundException("Customer", id)));

        post("/touches", REP, Map.of("channel", "WECHAT")).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void aConcurrentChangeIs409() {
        when(commands.pause(eq(id), eq(45), any(), any()))
                .thenReturn(Mono.error(new OptimisticLockingFailureException("version moved")));

        post("/pause", REP, Map.of("days", 45)).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(409);
    }

    @Test
    void c6_anOutboundTouchOfAPausedCustomerIs422NamingC6() {
        Customer paused = CustomerFixtures.tierCPausedUntil(MONDAY_NOON.plus(Duration.ofDays(30)));
        when(commands.recordContact(eq(id), eq("PHONE"), eq(false), any(), any(), any()))
                .thenAnswer(call -> Mono.fromRunnable(() -> paused.recordContact(MONDAY_NOON, true, MONDAY_NOON,
                        SHANGHAI)));

        post("/touches", REP, Map.of("channel", "PHONE")).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("C-6");
    }

    @Test
    void b1_aSecondOutboundTouchTheSameDayIs422NamingB1() {
        customer.recordContact(MONDAY_NOON, true, MONDAY_NOON, SHANGHAI);
        Instant evening = MONDAY_NOON.plus(Duration.ofHours(6));
        when(commands.recordContact(eq(id), eq("EMAIL"), eq(false), any(), any(), any()))
                .thenAnswer(call -> Mono.fromRunnable(() -> customer.recordContact(evening, true, evening, SHANGHAI)));

        post("/touches", REP, Map.of("channel", "EMAIL")).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("B-1");
    }

    @Test
    void c6_aPauseLongerThanTwoMonthsIs422NamingC6() {
        when(commands.pause(eq(id), eq(90), any(), any())).thenAnswer(call -> Mono.fromRunnable(() ->
                customer.pause(Duration.ofDays(90), Duration.ofDays(30), Duration.ofDays(60), MONDAY_NOON)));

        post("/pause", REP, Map.of("days", 90, "reason", "budget frozen")).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("C-6");
    }

    @Test
    void c6_pausesForTheDefaultLengthWhenTheRequestDoesNotSay() {
        when(commands.pause(eq(id), isNull(), isNull(), any())).thenAnswer(call -> Mono.fromCallable(() -> {
            customer.pause(Duration.ofDays(45), Duration.ofDays(30), Duration.ofDays(60), MONDAY_NOON);
            return customer.state();
        }));

        post("/pause", REP, Map.of()).expectStatus().isOk()
                .expectBody().jsonPath("$.pausedUntil").isEqualTo(MONDAY_NOON.plus(Duration.ofDays(45)).toString());
    }

    @Test
    void c2_listsTheCallersDueTasks() {
        Task call = Task.open(customer, TaskKind.CADENCE_CONTACT, MONDAY_NOON, MONDAY_NOON.plus(Duration.ofDays(30)),
                CustomerFixtures.REGISTERED, null);
        when(dueList.due(any())).thenReturn(Flux.just(call));

        web.get().uri("/api/customer-tasks").headers(h -> h.setBearerAuth(REP)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].customerId").isEqualTo(id.toString())
                .jsonPath("$[0].ownerId").isEqualTo(CustomerFixtures.REP)
                .jsonPath("$[0].kind").isEqualTo("CADENCE_CONTACT");
    }

    @Test
    void c2_aManagerWithoutATeamHasNoDueListAndIs403() {
        when(dueList.due(any())).thenReturn(Flux.error(new AccessDeniedException("No customer data scope")));

        web.get().uri("/api/customer-tasks")
                .headers(h -> h.setBearerAuth(TestTokens.token("mgr-1", null, Role.SALES_MANAGER))).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec post(String command, String token, Map<String, ?> body) {
        return web.post().uri("/api/customers/{id}" + command, id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
