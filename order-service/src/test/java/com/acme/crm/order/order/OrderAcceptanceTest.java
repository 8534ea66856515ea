package com.acme.crm.order.order;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O-5: the customer accepts within 3 days of arrival (or installation), else the order is deemed accepted. */
class OrderAcceptanceTest {

    private static final Instant NOW = Orders.day(20);

    @Test
    @DisplayName("O-5: three days after arrival without an answer, the order is deemed accepted at the deadline")
    void o5_deemedAcceptedThreeDaysAfterArrival() {
        Order order = Orders.arrivedThreeDaysAgo(NOW);
        Instant deadline = order.state().acceptanceDueAt();

        OrderEvent.Accepted accepted = order.deemAcceptedIfDue(NOW, Orders.POLICY).orElseThrow();

        assertThat(accepted.deemed()).isTrue();
        assertThat(accepted.at()).isEqualTo(deadline);
        assertThat(order.stage()).isEqualTo(Stage.ACCEPTED);
        assertThat(order.state().milestone(Milestone.Kind.ACCEPTANCE).dueAt())
                .isEqualTo(deadline.plus(Duration.ofDays(30)));
    }

    @Test
    @DisplayName("O-5: within the three days nothing is deemed")
    void o5_notDeemedWithinTheWindow() {
        Order order = Orders.arrivedAt(NOW.minus(Duration.ofDays(2)));

        assertThat(order.deemAcceptedIfDue(NOW, Orders.POLICY)).isEmpty();
        assertThat(order.stage()).isEqualTo(Stage.ARRIVED);
    }

    @Test
    @DisplayName("O-5: where installation is part of the order, the three days run from installation, not arrival")
    void o5_windowRunsFromInstallation() {
        Order arrivedOnly = Orders.prepaidAndScheduled(Orders.signedWithInstallation());
        arrivedOnly.ship("SF1", Orders.day(10), Orders.POLICY);
        arrivedOnly.arrive(Orders.day(11), Orders.POLICY);
        assertThat(arrivedOnly.state().acceptanceDueAt()).isNull();
        assertThat(arrivedOnly.deemAcceptedIfDue(Orders.day(30), Orders.POLICY)).isEmpty();
        assertThatThrownBy(() -> arrivedOnly.accept(Orders.day(12), Orders.POLICY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("after installation");

        Order installed = Orders.installedAt(Orders.day(15));
        assertThat(installed.state().acceptanceDueAt()).isEqualTo(Orders.day(18));
        assertThat(installed.deemAcceptedIfDue(Orders.day(18).plusSeconds(1), Orders.POLICY)).isPresent();
    }

    @Test
    @DisplayName("O-5: the customer accepts within the window: not deemed")
    void o5_acceptedInTime() {
        Order order = Orders.arrivedAt(NOW.minus(Duration.ofDays(1)));

        OrderEvent.Accepted accepted = order.accept(NOW, Orders.POLICY);

        assertThat(accepted.deemed()).isFalse();
        assertThat(order.state().acceptedAt()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("O-5: a rejection needs reasons and stops the deemed-acceptance clock")
    void o5_rejectionWithReasonsStopsTheClock() {
        Order order = Orders.arrivedAt(NOW.minus(Duration.ofDays(1)));

        assertThatThrownBy(() -> order.reject(List.of(" "), NOW))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith("reasons:");
        order.reject(List.of("two units damaged"), NOW);

        assertThat(order.deemAcceptedIfDue(NOW.plus(Duration.ofDays(10)), Orders.POLICY)).isEmpty();
        assertThat(order.state().rejectionReasons()).isEqualTo("two units damaged");
    }

    @Test
    @DisplayName("O-5: after the window a rejection comes too late")
    void o5_rejectionAfterTheWindowIsRefused() {
        Order order = Orders.arrivedThreeDaysAgo(NOW);

        assertThatThrownBy(() -> order.reject(List.of("late complaint"), NOW))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("O-5");
    }
}
