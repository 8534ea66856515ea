package com.acme.crm.order.payment.web;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.order.OrderSlice;
import com.acme.crm.order.order.OrderRepository;
import com.acme.crm.order.payment.PaymentCommands;
import com.acme.crm.order.payment.Payments;
import com.acme.crm.order.payment.Receivables;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The payment API: amounts in fen above 0, overpayment refused naming O-7, who records, confirms and approves. */
@CrmWebSliceTest(controllers = {PaymentController.class, ReceivableController.class})
@Import(OrderSlice.class)
class PaymentWebTest {

    private static final String REP = TestTokens.rep("rep-1", "east");
    private static final UUID ORDER = UUID.randomUUID();

    @Autowired
    WebTestClient web;
    @MockitoBean
    PaymentCommands commands;
    @MockitoBean
    Payments payments;
    @MockitoBean
    OrderRepository orders;
    @MockitoBean
    Receivables receivables;

    @Test
    void o7_aPaymentIsAPositiveAmountInFen() {
        pay(REP, "0.00").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
        pay(REP, "10.005").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
        verifyNoInteractions(commands);
    }

    @Test
    void o7_anOverpaymentIsRefusedNamingTheRule() {
        when(commands.record(any(), any(), any(), any(), any())).thenReturn(Mono.error(
                new BusinessRuleViolation("O-7", "amount: 3000.01 is more than the 3000.00 outstanding")));

        pay(REP, "3000.01").expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("O-7")
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .startsWith("amount:"));
    }

    @Test
    void o10_onlyFinanceOrTheGeneralManagerConfirmsACollection() {
        for (String token : new String[]{REP, TestTokens.manager("mgr-1", "east")}) {
            web.post().uri("/api/orders/{id}/payments/{p}/confirmation", ORDER, UUID.randomUUID())
                    .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isForbidden();
        }
        verifyNoInteractions(commands);
    }

    @Test
    void o9_aCreditSaleIsApprovedByAManagerWithACreditCheck() {
        credit(REP, "fine").expectStatus().isForbidden();
        credit(TestTokens.manager("mgr-1", "east"), " ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("creditCheck");
        verifyNoInteractions(commands);
    }

    @Test
    void serviceAgentsDoNotRecordPaymentsNorReadReceivables() {
        String agent = TestTokens.token("agent-1", "east", Role.SERVICE_AGENT);
        pay(agent, "10.00").expectStatus().isForbidden();
        web.get().uri("/api/receivables").headers(h -> h.setBearerAuth(agent)).exchange().expectStatus().isForbidden();
    }

    @Test
    void o10_aCollectionListDateIsAnIsoDate() {
        web.get().uri("/api/collections?date=tomorrow").headers(h -> h.setBearerAuth(REP)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("date");
        verifyNoInteractions(receivables);
    }

    private WebTestClient.ResponseSpec pay(String token, String amount) {
        return web.post().uri("/api/orders/{id}/payments", ORDER).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("milestone", "PREPAYMENT", "amount", new BigDecimal(amount))).exchange();
    }

    private WebTestClient.ResponseSpec credit(String token, String check) {
        return web.post().uri("/api/orders/{id}/credit-approval", ORDER).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("creditCheck", check)).exchange();
    }
}
