package com.acme.crm.customer.customer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The one fixture class of the {@link Customer} aggregate: customers in the states the rules talk about, rebuilt
 * with {@link Customer#restore} as the repository does: no Spring, no database. Named {@code CustomerFixtures}
 * because {@link Customers} is the production repository port.
 */
public final class CustomerFixtures {

    /** 10:00 in Shanghai on a Monday. */
    public static final Instant REGISTERED = Instant.parse("2026-11-23T02:00:00Z");
    public static final String REP = "rep-1";
    public static final String OTHER_REP = "rep-2";
    public static final String TEAM = "east";

    private CustomerFixtures() {
    }

    /** A customer just registered by its rep: tier C, no purchases, no contact yet. */
    public static Customer newlyRegistered() {
        return Customer.restore(Customer.register(new Customer.Profile("Hangzhou Pumps", "machinery", "MEDIUM", null),
                REP, TEAM, null, List.of(), REP, REGISTERED).customer());
    }

    /** C-1: a key account buying over a million a year. */
    public static Customer tierA() {
        return restored(Tier.A, new BigDecimal("1200000"), 0, null, null);
    }

    /** C-1: a customer buying between 300,000 and 999,999 a year. */
    public static Customer tierB() {
        return restored(Tier.B, new BigDecimal("450000"), 0, null, null);
    }

    /** C-1: a small customer. */
    public static Customer tierC() {
        return restored(Tier.C, new BigDecimal("20000"), 0, null, null);
    }

    /** C-7: three visits in a row brought no breakthrough. */
    public static Customer tierBWithThreeFruitlessVisits() {
        return restored(Tier.B, new BigDecimal("450000"), 3, null, null);
    }

    /** C-7: two fruitless visits; one more and the next needs a plan. */
    public static Customer tierBWithTwoFruitlessVisits() {
        return restored(Tier.B, new BigDecimal("450000"), 2, null, null);
    }

    /** C-9: a small customer marked dormant at registration plus {@code after}. */
    public static Customer tierCDormantSince(Duration after) {
        return restored(Tier.C, BigDecimal.ZERO, 0, null, REGISTERED.plus(after));
    }

    /** C-6: a small customer who asked for a pause until {@code until}. */
    public static Customer tierCPausedUntil(Instant until) {
        return restored(Tier.C, new BigDecimal("20000"), 0, until, null);
    }

    private static Customer restored(Tier tier, BigDecimal trailingPurchases, int visitsWithoutProgress,
                                     Instant pausedUntil, Instant dormantAt) {
        return Customer.restore(new CustomerState(UUID.randomUUID(), "Hangzhou Pumps", "machinery", "MEDIUM", null,
                REP, TEAM, null, tier, false, null, trailingPurchases, null, null, REGISTERED, REP, pausedUntil, null,
                null, dormantAt, visitsWithoutProgress, 0));
    }
}
