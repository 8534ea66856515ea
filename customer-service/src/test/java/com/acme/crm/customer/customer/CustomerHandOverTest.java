package com.acme.crm.customer.customer;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * C-8 on the domain alone: {@link Customer#handOver} moves ownership and nothing else; the team, tier and history
 * stay, and tasks opened afterwards belong to the new owner. The bulk move with rosters and open tasks is
 * {@code HandoverIntegrationTest}.
 */
class CustomerHandOverTest {

    @Test
    void c8_aHandoverMovesTheOwnerAndKeepsTheHistory() {
        Customer customer = CustomerFixtures.tierBWithThreeFruitlessVisits();

        String previous = customer.handOver(CustomerFixtures.OTHER_REP);

        assertThat(previous).isEqualTo(CustomerFixtures.REP);
        assertThat(customer.ownerId()).isEqualTo(CustomerFixtures.OTHER_REP);
        assertThat(customer.team()).isEqualTo(CustomerFixtures.TEAM);
        assertThat(customer.tier()).isEqualTo(Tier.B);
        assertThat(customer.registeredBy()).as("history stays").isEqualTo(CustomerFixtures.REP);
        assertThat(customer.registeredAt()).isEqualTo(CustomerFixtures.REGISTERED);
        assertThat(customer.visitsWithoutProgress()).as("the C-7 run moves with the customer").isEqualTo(3);
    }

    @Test
    void c8_handingACustomerToItsOwnerIsRefusedNamingTheRule() {
        Customer customer = CustomerFixtures.tierA();

        assertThatThrownBy(() -> customer.handOver(CustomerFixtures.REP))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-8"));
        assertThat(customer.ownerId()).isEqualTo(CustomerFixtures.REP);
    }

    @Test
    void c8_tasksOpenedAfterAHandoverBelongToTheNewOwner() {
        Customer customer = CustomerFixtures.tierC();
        customer.handOver(CustomerFixtures.OTHER_REP);

        Task task = Task.open(customer, TaskKind.CADENCE_CONTACT, CustomerFixtures.REGISTERED.plus(Duration.ofDays(30)),
                CustomerFixtures.REGISTERED.plus(Duration.ofDays(60)), CustomerFixtures.REGISTERED, null);

        assertThat(task.ownerId()).isEqualTo(CustomerFixtures.OTHER_REP);
        assertThat(task.team()).isEqualTo(CustomerFixtures.TEAM);
    }
}
