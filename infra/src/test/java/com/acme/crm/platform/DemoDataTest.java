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

    @Test
    void demoTicketsAndComplaintsReachEveryStateOnTheDemoOrderCustomers() {
        DemoAftersales demo = DemoAftersales.load();
        Set<String> orderCustomers = DemoDataLoader.DemoOrders.load().customers().stream()
                .map(c -> c.ownerId() + "/" + c.company()).collect(Collectors.toSet());

        assertThat(demo.tickets()).extracting(DemoAftersales.Ticket::target)
                .containsAll(EnumSet.allOf(DemoAftersales.TicketTarget.class));
        assertThat(demo.complaints()).extracting(DemoAftersales.Complaint::target)
                .containsAll(EnumSet.allOf(DemoAftersales.ComplaintTarget.class));
        assertThat(demo.tickets()).allSatisfy(ticket -> {
            assertThat(orderCustomers).contains(ticket.ownerId() + "/" + ticket.company());
            assertThat(ticket.type()).isIn("HARDWARE_FAULT", "OPERATION_QUESTION", "SOFTWARE_BUG");
            assertThat(ticket.priority()).isIn("LOW", "NORMAL", "HIGH", "URGENT");
            assertThat(ticket.description()).isNotBlank();
        });
        assertThat(demo.complaints()).allSatisfy(complaint -> {
            assertThat(orderCustomers).contains(complaint.ownerId() + "/" + complaint.company());
            assertThat(complaint.channel()).isIn("PHONE", "EMAIL", "WECHAT", "VISIT", "LETTER", "OTHER");
            assertThat(complaint.complainant()).isNotBlank();
            assertThat(complaint.content()).isNotBlank();
        });
        // a complaint closes only with a root cause and improvement actions.
        assertThat(demo.complaints()).filteredOn(c -> c.target() == DemoAftersales.ComplaintTarget.CLOSED)
                .allSatisfy(closed -> {
                    assertThat(closed.rootCause()).isNotBlank();
                    assertThat(closed.improvementActions()).isNotBlank();
                });
        // Each owner's team has someone to work them: a service agent or the manager.
        List<DemoUser> users = DemoUser.load();
        assertThat(demo.owners()).allSatisfy(owner -> {
            String team = users.stream().filter(u -> u.sub().equals(owner)).findFirst().orElseThrow().team();
            assertThat(users).anySatisfy(worker -> {
                assertThat(worker.team()).isEqualTo(team);
                assertThat(worker.roles()).containsAnyOf("SERVICE_AGENT", "SALES_MANAGER");
            });
        });
    }
}
