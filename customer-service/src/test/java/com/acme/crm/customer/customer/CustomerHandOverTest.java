package com.acme.crm.customer.customer;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.customer.followup.Task;
import com.acme.crm.customer.followup.TaskKind;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * C-8 on the domain alone: {@link Customer#handOver} moves ownership and nothing else; the team, tier and history
 * stay, tasks opened afterwards belong to the new owner, and the event names both owners. The bulk move (through
 * this method, in batches) with rosters and open tasks is {@code HandoverIntegrationTest}.
 */
class CustomerHandOverTest {

    private static final Instant NOW = CustomerFixtures.REGISTERED.plus(Duration.ofDays(90));

    @Test
    @DisplayName("C-8: a handover moves the owner and keeps the history")
    void c8_aHandoverMovesTheOwnerAndKeepsTheHistory() {
        Customer customer = CustomerFixtures.tierBWithThreeFruitlessVisits();

        CustomerEvent.HandedOver event = customer.handOver(CustomerFixtures.OTHER_REP, "manager-1", NOW);
        String previous = event.previousOwner();

        assertThat(previous).isEqualTo(CustomerFixtures.REP);
        assertThat(customer.ownerId()).isEqualTo(CustomerFixtures.OTHER_REP);
        assertThat(customer.team()).isEqualTo(CustomerFixtures.TEAM);
        assertThat(customer.tier()).isEqualTo(Tier.B);
        assertThat(customer.registeredBy()).as("history stays").isEqualTo(CustomerFixtures.REP);
        assertThat(customer.registeredAt()).isEqualTo(CustomerFixtures.REGISTERED);
        assertThat(customer.visitsWithoutProgress()).as("the C-7 run moves with the customer").isEqualTo(3);
        assertThat(event.customer().id()).isEqualTo(customer.id());
        assertThat(event.customer().ownerId()).isEqualTo(CustomerFixtures.OTHER_REP);
        assertThat(event.by()).isEqualTo("manager-1");
        assertThat(event.at()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("C-8: handing a customer to its owner is refused naming the rule")
    void c8_handingACustomerToItsOwnerIsRefusedNamingTheRule() {
        Customer customer = CustomerFixtures.tierA();

        assertThatThrownBy(() -> customer.handOver(CustomerFixtures.REP, "manager-1", NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-8"));
        assertThat(customer.ownerId()).isEqualTo(CustomerFixtures.REP);
    }

    @Test
    @DisplayName("C-8: tasks opened after a handover belong to the new owner")
    void c8_tasksOpenedAfterAHandoverBelongToTheNewOwner() {
        Customer customer = CustomerFixtures.tierC();
        customer.handOver(CustomerFixtures.OTHER_REP, "manager-1", NOW);

        Task task = Task.open(customer, TaskKind.CADENCE_CONTACT, CustomerFixtures.REGISTERED.plus(Duration.ofDays(30)),
                CustomerFixtures.REGISTERED.plus(Duration.ofDays(60)), CustomerFixtures.REGISTERED, null);

        assertThat(task.ownerId()).isEqualTo(CustomerFixtures.OTHER_REP);
        assertThat(task.team()).isEqualTo(CustomerFixtures.TEAM);
    }
}
