package com.acme.crm.order.order;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O-4: fulfilment stages move forward only; shipping needs a tracking number; late arrival accrues the penalty. */
class OrderFulfilmentTest {

    @Test
    @DisplayName("O-4: a stage cannot move backwards or repeat")
    void o4_stagesMoveForwardOnly() {
        Order order = Orders.shipped();

        assertThatThrownBy(() -> order.scheduleProduction(Orders.day(11)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("only move forward")
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("O-4");
        assertThatThrownBy(() -> order.ship("X", Orders.day(11), Orders.POLICY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("only move forward");
        assertThat(order.stage()).isEqualTo(Stage.SHIPPED);
    }

    @Test
    @DisplayName("O-4: a stage cannot be skipped")
    void o4_stagesCannotBeSkipped() {
        Order order = Orders.signedWithDefaultMilestones();

        assertThatThrownBy(() -> order.arrive(Orders.day(3), Orders.POLICY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("after SIGNED comes PRODUCTION_SCHEDULED");
    }

    @Test
    @DisplayName("O-4: shipping without a tracking number is refused, naming the field")
    void o4_shippingNeedsATrackingNumber() {
        Order order = Orders.prepaidAndScheduled(Orders.signedWithDefaultMilestones());

        assertThatThrownBy(() -> order.ship("  ", Orders.day(5), Orders.POLICY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith("trackingNumber:")
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("O-4");
        assertThat(order.stage()).isEqualTo(Stage.PRODUCTION_SCHEDULED);
    }

    @Test
    @DisplayName("O-4: shipping opens the 1 h share-the-tracking-number deadline")
    void o4_shippingOpensTheOneHourTrackingTask() {
        Order order = Orders.prepaidAndScheduled(Orders.signedWithDefaultMilestones());

        OrderEvent.Shipped shipped = order.ship("SF1", Orders.day(5), Orders.POLICY);

        assertThat(shipped.shareTrackingDueAt()).isEqualTo(Orders.day(5).plus(Duration.ofHours(1)));
        assertThat(shipped.creditSale()).isFalse();
        assertThat(order.state().trackingNumber()).isEqualTo("SF1");
    }

    @Test
    @DisplayName("O-3, O-4: arriving 3 days after the delivery date accrues rate × 3 days × amount")
    void o4_lateArrivalAccruesThePenalty() {
        Order order = Orders.shipped();
        // 23 December 10:00 Shanghai; delivery date 20 December.
        OrderEvent.Arrived arrived = order.arrive(Instant.parse("2026-12-23T02:00:00Z"), Orders.POLICY);

        assertThat(arrived.daysLate()).isEqualTo(3);
        assertThat(arrived.penalty()).isEqualByComparingTo("150.00"); // 100,000 × 0.0005 × 3
        assertThat(order.state().penaltyAmount()).isEqualByComparingTo("150.00");
    }

    @Test
    @DisplayName("O-3, O-4: arriving on the delivery date accrues no penalty")
    void o4_onTimeArrivalAccruesNothing() {
        Order order = Orders.shipped();

        OrderEvent.Arrived arrived = order.arrive(Instant.parse("2026-12-20T15:59:00Z"), Orders.POLICY);

        assertThat(arrived.daysLate()).isZero();
        assertThat(arrived.penalty()).isZero();
    }

    @Test
    @DisplayName("O-4: the delivery reminder is reported once, when due, and not after arrival")
    void o4_deliveryReminderOnce() {
        Order order = Orders.signedWithDefaultMilestones();
        Instant due = order.state().deliveryReminderDueAt();

        assertThat(order.remindDeliveryIfDue(due.minusSeconds(1))).isEmpty();
        assertThat(order.remindDeliveryIfDue(due)).isPresent();
        assertThat(order.remindDeliveryIfDue(due.plusSeconds(60))).isEmpty();
        assertThat(Orders.arrivedAt(Orders.day(12)).remindDeliveryIfDue(due)).isEmpty();
    }
}
