package com.acme.crm.customer.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Customers (and their visits) in the states the rules talk about, built directly on the domain: no Spring, no
 * database. Named {@code CustomerFixtures} because {@link Customers} is the production repository port.
 */
final class CustomerFixtures {

    /** 10:00 in Shanghai on a Monday. */
    static final Instant REGISTERED = Instant.parse("2026-11-23T02:00:00Z");
    static final String REP = "rep-1";
    static final String OTHER_REP = "rep-2";
    static final String TEAM = "east";

    private CustomerFixtures() {
    }

    /** C-1: a key account buying over a million a year. */
    static Customer tierA() {
        return withTier(Tier.A, new BigDecimal("1200000"), 0);
    }

    /** C-1: a customer buying between 300,000 and 999,999 a year. */
    static Customer tierB() {
        return withTier(Tier.B, new BigDecimal("450000"), 0);
    }

    /** C-1: a small customer. */
    static Customer tierC() {
        return withTier(Tier.C, new BigDecimal("20000"), 0);
    }

    /** C-7: three visits in a row brought no breakthrough. */
    static Customer tierBWithThreeFruitlessVisits() {
        return withTier(Tier.B, new BigDecimal("450000"), 3);
    }

    /** C-7: two fruitless visits; one more and the next needs a plan. */
    static Customer tierBWithTwoFruitlessVisits() {
        return withTier(Tier.B, new BigDecimal("450000"), 2);
    }

    /** A first visit (C-5) at {@code visitedAt}, filed {@code filedAt}, on site, without progress. */
    static Visit visit(Customer customer, Instant visitedAt, Instant filedAt, boolean clearAnswer) {
        return new Visit(UUID.randomUUID(), customer.id(), customer.ownerId(), customer.team(), "Ms Chen",
                "purchasing manager", visitedAt, 60, Visit.Method.ON_SITE,
                new Visit.Spin("runs two plants", "pumps fail in winter", null, null), null, null,
                new Visit.NextStep(customer.ownerId(), visitedAt.plusSeconds(86_400), "send the brochure"), null,
                false, clearAnswer, false, filedAt, customer.ownerId(), null, List.of());
    }

    /** C-7: a visit plan in the given state, for the customer. */
    static VisitPlan plan(Customer customer, VisitPlan.Status status, boolean used) {
        boolean decided = status != VisitPlan.Status.PENDING;
        return new VisitPlan(UUID.randomUUID(), customer.id(), "meet the plant director", "bring a reference case",
                REGISTERED.plusSeconds(7 * 86_400), status, REP, REGISTERED, decided ? "manager-1" : null,
                decided ? REGISTERED.plusSeconds(3600) : null, used ? UUID.randomUUID() : null);
    }

    private static Customer withTier(Tier tier, BigDecimal trailingPurchases, int visitsWithoutProgress) {
        return new Customer(UUID.randomUUID(), "Hangzhou Pumps", "machinery", "MEDIUM", null, REP, TEAM, null, tier,
                false, null, trailingPurchases, null, null, REGISTERED, REP, null, null, null, null,
                visitsWithoutProgress, 0);
    }
}
