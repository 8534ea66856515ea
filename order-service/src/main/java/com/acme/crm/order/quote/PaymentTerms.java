package com.acme.crm.order.quote;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * O-2/O-3: the payment milestones of a quote, shares of the contract value in percent that sum to 100. Terms other
 * than the configured default (30/60/10) are a payment-term change and need approval like a discount.
 */
public record PaymentTerms(List<Milestone> milestones) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public PaymentTerms {
        milestones = List.copyOf(milestones);
        String problem = problem(milestones);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why these milestones are not valid terms (each share above 0, each kind once, sum 100 %), or null. */
    public static @Nullable String problem(List<Milestone> milestones) {
        if (milestones.isEmpty()) {
            return "needs at least one milestone";
        }
        Set<MilestoneKind> seen = EnumSet.noneOf(MilestoneKind.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (Milestone milestone : milestones) {
            if (milestone.percent().signum() <= 0 || milestone.percent().compareTo(HUNDRED) > 0) {
                return milestone.kind() + " must be more than 0 and at most 100 percent";
            }
            if (!seen.add(milestone.kind())) {
                return milestone.kind() + " appears twice";
            }
            sum = sum.add(milestone.percent());
        }
        return sum.compareTo(HUNDRED) == 0 ? null : "the milestones sum to " + sum.stripTrailingZeros().toPlainString()
                + " %, not 100 %";
    }

    /** Whether these are the same terms (same kinds and shares, in order) as {@code other}. */
    public boolean sameAs(PaymentTerms other) {
        if (milestones.size() != other.milestones.size()) {
            return false;
        }
        for (int i = 0; i < milestones.size(); i++) {
            Milestone a = milestones.get(i);
            Milestone b = other.milestones.get(i);
            if (a.kind() != b.kind() || a.percent().compareTo(b.percent()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** One share of the contract value, due at a milestone. */
    public record Milestone(MilestoneKind kind, BigDecimal percent) {
    }
}
