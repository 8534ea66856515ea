package com.acme.crm.customer.visit;

import com.acme.crm.customer.customer.Customer;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * C-4: one entry of the visit log (拜访记录): who was met, when, how, what was learnt (SPIN), objections,
 * commitments, the next step, help needed from other departments, and any gifts (C-10).
 */
public record Visit(UUID id, UUID customerId, String ownerId, String team, String contactPerson,
                    @Nullable String contactTitle, Instant visitedAt, int durationMinutes, Method method,
                    Spin spin, @Nullable String objections, @Nullable String commitments, NextStep nextStep,
                    @Nullable String helpNeeded, boolean progress, boolean clearAnswer, boolean late,
                    Instant filedAt, String filedBy, @Nullable UUID visitPlanId, List<Gift> gifts) {

    public enum Method { ON_SITE, PHONE, VIDEO, WECHAT }

    /** SPIN notes: situation, problem, implication, need-payoff. */
    public record Spin(@Nullable String situation, @Nullable String problem, @Nullable String implication,
                       @Nullable String needPayoff) {
    }

    /** Who does what next, and when. */
    public record NextStep(@Nullable String who, @Nullable Instant when, @Nullable String what) {
    }

    /** What the customer's rules (C-7, B-1, C-6) need to know of this visit. */
    public Customer.VisitReport report(boolean customerInitiated, boolean first) {
        return new Customer.VisitReport(id, method.name(), visitedAt, customerInitiated, progress, late, first);
    }

    /** C-4: filed more than the deadline (24 h) after the visit. */
    public static boolean isLate(Instant visitedAt, Instant filedAt, Duration deadline) {
        return filedAt.isAfter(visitedAt.plus(deadline));
    }
}
