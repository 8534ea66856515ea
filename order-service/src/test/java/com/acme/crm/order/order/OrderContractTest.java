package com.acme.crm.order.order;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O-3: signing a quote makes the order with its milestones, delivery date and penalty rate. */
class OrderContractTest {

    @Test
    @DisplayName("O-3: a contract without its own split pays 30 % on signing, 60 % on arrival, 10 % on acceptance")
    void o3_defaultSplitIsThirtySixtyTen() {
        OrderState s = Orders.signedWithDefaultMilestones().state();

        assertThat(s.milestones()).extracting(Milestone::kind, Milestone::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Milestone.Kind.PREPAYMENT, new BigDecimal("30000.00")),
                org.assertj.core.groups.Tuple.tuple(Milestone.Kind.ARRIVAL, new BigDecimal("60000.00")),
                org.assertj.core.groups.Tuple.tuple(Milestone.Kind.ACCEPTANCE, new BigDecimal("10000.00")));
        assertThat(s.stage()).isEqualTo(Stage.SIGNED);
        assertThat(s.penaltyRate()).isEqualByComparingTo("0.0005");
        assertThat(s.deliveryDate()).isEqualTo(Orders.DELIVERY_DATE);
    }

    @Test
    @DisplayName("O-3, O-7: the prepayment falls due 7 days after signing; the others wait for their event")
    void o3_prepaymentDueAfterSigningOthersOpen() {
        OrderState s = Orders.signedWithDefaultMilestones().state();

        assertThat(s.milestone(Milestone.Kind.PREPAYMENT).dueAt()).isEqualTo(Orders.SIGNED_AT.plus(Duration.ofDays(7)));
        assertThat(s.milestone(Milestone.Kind.ARRIVAL).dueAt()).isNull();
        assertThat(s.milestone(Milestone.Kind.ACCEPTANCE).dueAt()).isNull();
    }

    @Test
    @DisplayName("O-3: a custom split is kept, and rounding leaves nothing out of the contract value")
    void o3_customSplitKeepsTheWholeAmount() {
        SignedQuote quote = new SignedQuote(UUID.randomUUID(), UUID.randomUUID(), "rep-1", "north",
                new BigDecimal("1000.01"), Orders.DELIVERY_DATE, false, Orders.split(33, 33, 34), null, "rep-1",
                Orders.SIGNED_AT);

        OrderState s = Order.sign(quote, Orders.POLICY).order().state();

        assertThat(s.milestones().stream().map(Milestone::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1000.01");
        assertThat(s.milestone(Milestone.Kind.PREPAYMENT).amount()).isEqualByComparingTo("330.00");
    }

    @Test
    @DisplayName("O-3: a split that does not sum to 100 % is refused, naming the milestones field")
    void o3_splitMustSumToHundred() {
        assertThatThrownBy(() -> Orders.split(30, 60, 0))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageStartingWith("milestones:")
                .hasMessageContaining("90")
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("O-3");
        assertThatThrownBy(() -> Orders.split(120, -10, -10)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    @DisplayName("O-3: a delivery date before the signing day is refused")
    void o3_deliveryDateNotInThePast() {
        SignedQuote quote = new SignedQuote(UUID.randomUUID(), UUID.randomUUID(), "rep-1", "north",
                Orders.AMOUNT, LocalDate.of(2026, 11, 30), false, null, null, "rep-1", Orders.SIGNED_AT);

        assertThatThrownBy(() -> Order.sign(quote, Orders.POLICY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith("deliveryDate:");
    }

    @Test
    @DisplayName("O-4: the delivery reminder is due 2 days before the delivery date, at the start of that day")
    void o4_deliveryReminderStoredTwoDaysBefore() {
        OrderState s = Orders.signedWithDefaultMilestones().state();

        // 20 December 00:00 in Shanghai is 19 December 16:00 UTC; two days earlier.
        assertThat(s.deliveryReminderDueAt()).isEqualTo(java.time.Instant.parse("2026-12-17T16:00:00Z"));
    }
}
