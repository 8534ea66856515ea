package com.acme.crm.customer.referral.web;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.referral.Referral;
import com.acme.crm.customer.referral.ReferralQueries;
import com.acme.crm.customer.referral.ReferralReward;
import com.acme.crm.customer.referral.RewardKind;
import com.acme.crm.customer.referral.RewardQuery;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** L-9 over HTTP with the queries mocked: a customer's referrals for its readers, rewards for managers and finance. */
@CrmWebSliceTest(controllers = ReferralController.class)
@EnableConfigurationProperties(CustomerProperties.class)
class ReferralWebTest {

    static final String MANAGER = TestTokens.manager("mgr-1", "east");
    static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");

    @Autowired
    WebTestClient web;
    @MockitoBean
    ReferralQueries queries;

    private final UUID referrer = UUID.randomUUID();
    private final UUID lead = UUID.randomUUID();
    private final UUID customer = UUID.randomUUID();
    private final ReferralReward reward = new ReferralReward(UUID.randomUUID(), referrer, lead, customer,
            RewardKind.COMMISSION, new BigDecimal("500.00"), "CNY", null, "rep-1", "east", AT);

    @Test
    void l9_aCustomersReferredLeadsComeWithTheRewardEachEarned() {
        when(queries.referralsOf(eq(referrer), any(), any())).thenReturn(Mono.just(new PageResponse<>(List.of(
                new Referral(lead, referrer, "rep-2", "east", AT.minusSeconds(86400), AT, customer, reward)), 0, 20, 1, 1)));

        web.get().uri("/api/customers/{id}/referrals", referrer).headers(h -> h.setBearerAuth(TestTokens.rep("rep-1",
                        "east"))).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].leadId").isEqualTo(lead.toString())
                .jsonPath("$.items[0].newCustomerId").isEqualTo(customer.toString())
                .jsonPath("$.items[0].reward.kind").isEqualTo("COMMISSION")
                .jsonPath("$.items[0].reward.amount").isEqualTo(500.0)
                .jsonPath("$.totalItems").isEqualTo(1);
    }

    @Test
    void l9_aCustomerOutsideTheScopeIsNotFound() {
        when(queries.referralsOf(eq(referrer), any(), any()))
                .thenReturn(Mono.error(new NotFoundException("Customer", referrer)));

        web.get().uri("/api/customers/{id}/referrals", referrer).headers(h -> h.setBearerAuth(TestTokens.rep("rep-9",
                        "west"))).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void l9_theRewardsDaysAreShanghaiBusinessDays_fromMidnightToMidnight() {
        when(queries.rewards(any(), any(), any())).thenReturn(Mono.just(new PageResponse<>(List.of(reward), 0, 20, 1,
                1)));

        web.get().uri("/api/referral-rewards?owner=rep-1&team=east&from=2026-11-23&to=2026-11-23")
                .headers(h -> h.setBearerAuth(MANAGER)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].referredLeadId").isEqualTo(lead.toString());

        // 00:00 Shanghai on the 23rd is 16:00 UTC on the 22nd; the day ends at 00:00 Shanghai on the 24th.
        verify(queries).rewards(eq(new RewardQuery("rep-1", "east", Instant.parse("2026-11-22T16:00:00Z"),
                Instant.parse("2026-11-23T16:00:00Z"))), any(), any());
    }

    @Test
    void l9_financeReadsTheRewardsToPayThem_repsSupportAndSystemsDoNot() {
        when(queries.rewards(any(), any(), any())).thenReturn(Mono.just(new PageResponse<>(List.of(), 0, 20, 0, 0)));

        rewards(TestTokens.token("fin-1", null, Role.FINANCE)).expectStatus().isOk();
        rewards(TestTokens.token("dir-1", null, Role.SALES_DIRECTOR)).expectStatus().isOk();
        rewards(TestTokens.rep("rep-1", "east")).expectStatus().isForbidden();
        rewards(TestTokens.token("sup-1", "east", Role.SALES_SUPPORT)).expectStatus().isForbidden();
        rewards(TestTokens.systemToken("erp", Scopes.CUSTOMERS_READ)).expectStatus().isForbidden();
    }

    @Test
    void l9_aMalformedDayOrPageIsA400NamingTheParameter() {
        web.get().uri("/api/referral-rewards?to=yesterday").headers(h -> h.setBearerAuth(MANAGER)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
        web.get().uri("/api/referral-rewards?size=1000").headers(h -> h.setBearerAuth(MANAGER)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        verifyNoInteractions(queries);
    }

    private WebTestClient.ResponseSpec rewards(String token) {
        return web.get().uri("/api/referral-rewards").headers(h -> h.setBearerAuth(token)).exchange();
    }
}
