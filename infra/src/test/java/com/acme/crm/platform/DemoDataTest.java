package com.acme.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    static final Set<String> CHANNELS = Set.of("TRADE_SHOW", "WEBSITE", "REFERRAL", "COLD_CALL", "SOCIAL_MEDIA",
            "INDUSTRY_PLATFORM", "SALES_VISIT", "OTHER");

    @Test
    void everyDemoUserCanGetAToken() {
        List<DemoUser> users = DemoUser.load();

        assertThat(users).hasSize(14);
        users.forEach(user -> assertThat(TokenRequest.ROLES).containsAll(user.roles()));
        users.forEach(user -> assertThat(TokenRequest.SCOPES).containsAll(user.tokenRequest().scopes()));
        assertThat(users).filteredOn(u -> u.sub().equals("dir-1")).singleElement()
                .satisfies(director -> assertThat(director.team()).isNull());
    }

    @Test
    void onlyTheErpIntegrationHasScopesAndItMayNotReadContactData() {
        List<DemoUser> users = DemoUser.load();

        assertThat(users).filteredOn(u -> u.scopes() != null).singleElement().satisfies(erp -> {
            assertThat(erp.sub()).isEqualTo("sys-erp");
            assertThat(erp.roles()).containsExactly("SYSTEM");
            assertThat(erp.scopes()).containsExactly("leads.read", "leads.write", "customers.read",
                    "customers.write", "analytics.read");
        });
    }

    @Test
    void leadsAreSpreadOverTheFourRepsAndAllChannels() {
        List<DemoLead> leads = DemoLead.load();
        Set<String> reps = DemoUser.load().stream().filter(u -> u.roles().contains("SALES_REP"))
                .map(DemoUser::sub).collect(Collectors.toSet());

        assertThat(leads).hasSizeBetween(35, 45);
        assertThat(leads).extracting(DemoLead::ownerId).containsOnlyElementsOf(reps);
        assertThat(leads.stream().map(DemoLead::ownerId).distinct()).hasSize(4);
        assertThat(leads.stream().map(DemoLead::channel).collect(Collectors.toSet())).isEqualTo(CHANNELS);
        assertThat(leads).allSatisfy(lead -> {
            assertThat(lead.name()).isNotBlank();
            assertThat(lead.company()).isNotBlank();
            assertThat(lead.phone()).matches("\\+86 1\\d{2} \\d{4} \\d{4}");
            assertThat(lead.email()).matches("[^@\\s]+@[^@\\s]+\\.[a-z]+");
        });
        assertThat(leads.stream().map(DemoLead::email).distinct()).hasSize(leads.size());
    }

    @Test
    void demoDealsReachEveryQuoteAndOrderStateOwnedByRepsOfTeamsWithAManager() {
        DemoDataLoader.DemoOrders demo = DemoDataLoader.DemoOrders.load();
        List<DemoUser> users = DemoUser.load();
        Set<String> productCodes = demo.products().stream().map(DemoDataLoader.DemoOrders.Product::code)
                .collect(Collectors.toSet());
        List<DemoDataLoader.DemoOrders.Deal> deals = demo.customers().stream().flatMap(c -> c.deals().stream()).toList();

        assertThat(deals).extracting(DemoDataLoader.DemoOrders.Deal::target)
                .containsAll(EnumSet.allOf(DemoDataLoader.DemoOrders.Target.class));
        assertThat(deals).allSatisfy(deal -> {
            assertThat(productCodes).contains(deal.product());
            assertThat(deal.quantity()).isPositive();
            assertThat(deal.discountPercent()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        });
        assertThat(demo.products()).allSatisfy(product -> assertThat(product.listPrice()).isPositive());
        assertThat(demo.customers()).allSatisfy(customer -> {
            DemoUser owner = users.stream().filter(u -> u.sub().equals(customer.ownerId())).findFirst().orElseThrow();
            assertThat(owner.roles()).containsExactly("SALES_REP");
            assertThat(users).anySatisfy(manager -> {
                assertThat(manager.team()).isEqualTo(owner.team());
                assertThat(manager.roles()).contains("SALES_MANAGER");
            });
            assertThat(customer.contact().phone()).matches("\\+86 1\\d{2} \\d{4} \\d{4}");
        });
        // A demo customer's phone must not be a demo lead's: L-3 would link that lead to it.
        assertThat(demo.customers()).extracting(c -> c.contact().phone())
                .doesNotContainAnyElementsOf(DemoLead.load().stream().map(DemoLead::phone).toList());
    }
}
