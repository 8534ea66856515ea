package com.acme.crm.order.order;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O-6: a change to a signed order's terms applies only after the manager approves it. */
class OrderChangeTest {

    private static final LocalDate LATER = LocalDate.of(2027, 1, 10);

    @Test
    @DisplayName("O-6: a requested change leaves the terms as they are until approved")
    void o6_requestChangesNothing() {
        Order order = Orders.signedWithDefaultMilestones();

        OrderEvent.ChangeRequested requested = order.requestChange(LATER, null, null, "customer's site not ready",
                "rep-1", Orders.day(1));

        assertThat(requested.request().status()).isEqualTo(ChangeRequest.Status.PENDING);
        assertThat(order.state().deliveryDate()).isEqualTo(Orders.DELIVERY_DATE);
    }

    @Test
    @DisplayName("O-6: the manager's approval applies the new delivery date, split and penalty, and moves the reminder")
    void o6_approvalApplies() {
        Order order = Orders.signedWithDefaultMilestones();
        ChangeRequest request = order.requestChange(LATER, Orders.split(50, 40, 10), new BigDecimal("0.001"), null,
                "rep-1", Orders.day(1)).request();

        OrderEvent decided = order.decideChange(request, true, "mgr-1", "ok", Orders.day(2), Orders.POLICY);

        assertThat(decided).isInstanceOf(OrderEvent.ChangeApproved.class);
        OrderState s = order.state();
        assertThat(s.deliveryDate()).isEqualTo(LATER);
        assertThat(s.penaltyRate()).isEqualByComparingTo("0.001");
        assertThat(s.milestone(Milestone.Kind.PREPAYMENT).amount()).isEqualByComparingTo("50000.00");
        assertThat(s.milestone(Milestone.Kind.PREPAYMENT).dueAt()).isEqualTo(Orders.day(7));
        assertThat(s.deliveryReminderDueAt()).isEqualTo(java.time.Instant.parse("2027-01-07T16:00:00Z"));
    }

    @Test
    @DisplayName("O-6: a rejected change leaves the terms, and a decided request cannot be decided again")
    void o6_rejectionAndSecondDecision() {
        Order order = Orders.signedWithDefaultMilestones();
        ChangeRequest request = order.requestChange(LATER, null, null, null, "rep-1", Orders.day(1)).request();

        OrderEvent.ChangeRejected rejected = (OrderEvent.ChangeRejected) order.decideChange(request, false, "mgr-1",
                "no", Orders.day(2), Orders.POLICY);

        assertThat(order.state().deliveryDate()).isEqualTo(Orders.DELIVERY_DATE);
        assertThatThrownBy(() -> order.decideChange(rejected.request(), true, "mgr-1", null, Orders.day(3),
                Orders.POLICY)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("not pending");
    }

    @Test
    @DisplayName("O-6, O-3: a new split must sum to 100 % and cannot shrink a milestone below what is paid on it")
    void o6_newSplitChecked() {
        Order order = Orders.prepaidAndScheduled(Orders.signedWithDefaultMilestones());

        assertThatThrownBy(() -> order.requestChange(null, Orders.split(10, 80, 10), null, null, "rep-1",
                Orders.day(3))).isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith("milestones:")
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("O-6");
    }

    @Test
    @DisplayName("O-6: a change request changes something")
    void o6_emptyRequestRefused() {
        assertThatThrownBy(() -> Orders.signedWithDefaultMilestones().requestChange(null, null, null, "x", "rep-1",
                Orders.day(1))).isInstanceOf(BusinessRuleViolation.class);
    }
}
