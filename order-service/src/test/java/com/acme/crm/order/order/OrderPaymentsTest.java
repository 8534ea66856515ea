package com.acme.crm.order.order;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O-7 payments and receivables, O-9 credit sales, O-10 collection and closing. */
class OrderPaymentsTest {

    @Test
    @DisplayName("O-7: partial payments add up against a milestone")
    void o7_partialPayments() {
        Order order = Orders.signedWithDefaultMilestones();

        order.recordPayment(Milestone.Kind.PREPAYMENT, new BigDecimal("10000"), Orders.day(1), "rep-1", Orders.day(1));
        order.recordPayment(Milestone.Kind.PREPAYMENT, new BigDecimal("5000.50"), Orders.day(2), "rep-1", Orders.day(2));

        Milestone prepayment = order.state().milestone(Milestone.Kind.PREPAYMENT);
        assertThat(prepayment.paid()).isEqualByComparingTo("15000.50");
        assertThat(prepayment.outstanding()).isEqualByComparingTo("14999.50");
    }

    @Test
    @DisplayName("O-7: a payment over what is outstanding on the milestone is refused, naming the amount")
    void o7_overpaymentRefused() {
        Order order = Orders.signedWithDefaultMilestones();
        order.recordPayment(Milestone.Kind.PREPAYMENT, new BigDecimal("29000"), Orders.day(1), "rep-1", Orders.day(1));

        assertThatThrownBy(() -> order.recordPayment(Milestone.Kind.PREPAYMENT, new BigDecimal("1000.01"),
                Orders.day(2), "rep-1", Orders.day(2)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith("amount:")
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("O-7");
        assertThat(order.state().milestone(Milestone.Kind.PREPAYMENT).paid()).isEqualByComparingTo("29000");
    }

    @Test
    @DisplayName("O-7: a milestone past its due time with money outstanding is reported overdue once")
    void o7_overdueReportedOnce() {
        Order order = Orders.signedWithDefaultMilestones();
        order.recordPayment(Milestone.Kind.PREPAYMENT, new BigDecimal("100"), Orders.day(1), "rep-1", Orders.day(1));

        assertThat(order.reportOverdue(Orders.day(7))).isEmpty();
        assertThat(order.reportOverdue(Orders.day(8))).singleElement()
                .satisfies(overdue -> assertThat(overdue.milestone().kind()).isEqualTo(Milestone.Kind.PREPAYMENT));
        assertThat(order.reportOverdue(Orders.day(9))).isEmpty();
    }

    @Test
    @DisplayName("O-7: a paid milestone is never overdue")
    void o7_paidNotOverdue() {
        Order order = Orders.prepaidAndScheduled(Orders.signedWithDefaultMilestones());

        assertThat(order.reportOverdue(Orders.day(30))).isEmpty();
    }

    @Test
    @DisplayName("O-9: shipping before the prepayment is paid is refused without the manager's credit approval")
    void o9_creditSaleNeedsApproval() {
        Order order = Orders.signedWithDefaultMilestones();
        order.scheduleProduction(Orders.day(1));

        assertThatThrownBy(() -> order.ship("SF1", Orders.day(2), Orders.POLICY))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("O-9");
        assertThat(order.stage()).isEqualTo(Stage.PRODUCTION_SCHEDULED);
    }

    @Test
    @DisplayName("O-9: with a recorded credit check and the manager's approval it ships as a credit sale, the manager co-responsible")
    void o9_approvedCreditSaleShips() {
        Order order = Orders.signedWithDefaultMilestones();
        order.scheduleProduction(Orders.day(1));
        assertThatThrownBy(() -> order.approveCreditSale(" ", "mgr-1", Orders.day(1)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith("creditCheck:");

        order.approveCreditSale("Paid on time for 3 years; bank reference A", "mgr-1", Orders.day(1));
        OrderEvent.Shipped shipped = order.ship("SF1", Orders.day(2), Orders.POLICY);

        assertThat(shipped.creditSale()).isTrue();
        assertThat(order.state().creditApprovedBy()).isEqualTo("mgr-1");
    }

    @Test
    @DisplayName("O-10: an accepted order paid in full closes only once finance confirmed every payment")
    void o10_closesOnlyWhenFullyPaidAndConfirmed() {
        Order order = Orders.acceptedAndPaidUnconfirmed();
        assertThat(order.closeIfSettled(Orders.day(15))).isEmpty();

        Payment prepayment = new Payment(java.util.UUID.randomUUID(), order.id(), Milestone.Kind.PREPAYMENT,
                order.state().milestone(Milestone.Kind.PREPAYMENT).amount(), Orders.day(1), "rep-1", Orders.day(1),
                null, null);
        Payment arrival = new Payment(java.util.UUID.randomUUID(), order.id(), Milestone.Kind.ARRIVAL,
                order.state().milestone(Milestone.Kind.ARRIVAL).amount(), Orders.day(14), "rep-1", Orders.day(14),
                null, null);
        Payment acceptance = new Payment(java.util.UUID.randomUUID(), order.id(), Milestone.Kind.ACCEPTANCE,
                order.state().milestone(Milestone.Kind.ACCEPTANCE).amount(), Orders.day(14), "rep-1", Orders.day(14),
                null, null);
        order.confirmCollection(prepayment, "fin-1", Orders.day(15));
        order.confirmCollection(arrival, "fin-1", Orders.day(15));
        assertThat(order.closeIfSettled(Orders.day(15))).isEmpty();

        order.confirmCollection(acceptance, "fin-1", Orders.day(16));
        assertThat(order.closeIfSettled(Orders.day(16))).isPresent();
        assertThat(order.state().closedAt()).isEqualTo(Orders.day(16));
        assertThatThrownBy(() -> order.recordPayment(Milestone.Kind.ACCEPTANCE, BigDecimal.ONE, Orders.day(16),
                "rep-1", Orders.day(16))).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    @DisplayName("O-10: a paid order that is not accepted does not close")
    void o10_notAcceptedDoesNotClose() {
        Order order = Orders.arrivedAt(Orders.day(12));
        for (Milestone m : order.state().milestones()) {
            if (m.outstanding().signum() > 0) {
                order.recordPayment(m.kind(), m.outstanding(), Orders.day(12), "rep-1", Orders.day(12));
            }
        }

        assertThat(order.closeIfSettled(Orders.day(13))).isEmpty();
    }

    @Test
    @DisplayName("O-10: a collection is confirmed once, and not by the one who recorded it")
    void o10_confirmationOnceAndBySomeoneElse() {
        Order order = Orders.signedWithDefaultMilestones();
        Payment payment = order.recordPayment(Milestone.Kind.PREPAYMENT, new BigDecimal("100"), Orders.day(1),
                "rep-1", Orders.day(1)).payment();

        assertThatThrownBy(() -> order.confirmCollection(payment, "rep-1", Orders.day(2)))
                .isInstanceOf(BusinessRuleViolation.class);
        Payment confirmed = order.confirmCollection(payment, "fin-1", Orders.day(2)).payment();
        assertThatThrownBy(() -> order.confirmCollection(confirmed, "fin-1", Orders.day(3)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("confirmed already");
        assertThat(order.state().milestone(Milestone.Kind.PREPAYMENT).confirmed()).isEqualByComparingTo("100");
        assertThat(Duration.between(payment.recordedAt(), confirmed.confirmedAt())).isEqualTo(Duration.ofDays(1));
    }
}
