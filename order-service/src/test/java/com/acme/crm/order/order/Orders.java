package com.acme.crm.order.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Orders in rule states, built through the aggregate's own methods. */
final class Orders {

    static final OrderPolicy POLICY = OrderPolicy.defaults();
    /** 10:00 in Shanghai on 1 December 2026. */
    static final Instant SIGNED_AT = Instant.parse("2026-12-01T02:00:00Z");
    static final LocalDate DELIVERY_DATE = LocalDate.of(2026, 12, 20);
    static final BigDecimal AMOUNT = new BigDecimal("100000.00");

    private Orders() {
    }

    static SignedQuote quote(MilestoneSplit split, boolean installation) {
        return new SignedQuote(UUID.randomUUID(), UUID.randomUUID(), "rep-1", "north", AMOUNT, DELIVERY_DATE,
                installation, split, null, "rep-1", SIGNED_AT);
    }

    static MilestoneSplit split(int prepayment, int arrival, int acceptance) {
        return new MilestoneSplit(BigDecimal.valueOf(prepayment), BigDecimal.valueOf(arrival),
                BigDecimal.valueOf(acceptance));
    }

    static Order signedWithDefaultMilestones() {
        return Order.sign(quote(null, false), POLICY).order();
    }

    static Order signedWithInstallation() {
        return Order.sign(quote(null, true), POLICY).order();
    }

    /** Signed, prepayment paid in full, production scheduled. */
    static Order prepaidAndScheduled(Order order) {
        order.recordPayment(Milestone.Kind.PREPAYMENT, order.state().milestone(Milestone.Kind.PREPAYMENT).amount(),
                SIGNED_AT.plus(Duration.ofDays(1)), "rep-1", SIGNED_AT.plus(Duration.ofDays(1)));
        order.scheduleProduction(SIGNED_AT.plus(Duration.ofDays(2)));
        return order;
    }

    static Order shipped() {
        Order order = prepaidAndScheduled(signedWithDefaultMilestones());
        order.ship("SF123456789", SIGNED_AT.plus(Duration.ofDays(10)), POLICY);
        return order;
    }

    /** Arrived at {@code at}, without installation in the order. */
    static Order arrivedAt(Instant at) {
        Order order = shipped();
        order.arrive(at, POLICY);
        return order;
    }

    static Order arrivedThreeDaysAgo(Instant now) {
        return arrivedAt(now.minus(Duration.ofDays(3)).minusSeconds(1));
    }

    static Order installedAt(Instant at) {
        Order order = prepaidAndScheduled(signedWithInstallation());
        order.ship("SF123456789", SIGNED_AT.plus(Duration.ofDays(10)), POLICY);
        order.arrive(SIGNED_AT.plus(Duration.ofDays(12)), POLICY);
        order.install(at, POLICY);
        return order;
    }

    static Order accepted() {
        Order order = arrivedAt(SIGNED_AT.plus(Duration.ofDays(12)));
        order.accept(SIGNED_AT.plus(Duration.ofDays(13)), POLICY);
        return order;
    }

    /** Accepted, every milestone paid in full by the rep; nothing confirmed by finance yet. */
    static Order acceptedAndPaidUnconfirmed() {
        Order order = accepted();
        Instant at = SIGNED_AT.plus(Duration.ofDays(14));
        for (Milestone.Kind kind : new Milestone.Kind[]{Milestone.Kind.ARRIVAL, Milestone.Kind.ACCEPTANCE}) {
            order.recordPayment(kind, order.state().milestone(kind).outstanding(), at, "rep-1", at);
        }
        return order;
    }

    static Instant day(int daysAfterSigning) {
        return SIGNED_AT.plus(Duration.ofDays(daysAfterSigning));
    }
}
