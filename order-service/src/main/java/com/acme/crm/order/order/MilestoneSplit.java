package com.acme.crm.order.order;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * O-3: how a contract's value is split over the prepayment, arrival and acceptance milestones, in percent.
 * 30 / 60 / 10 is the configured default; any split must sum to exactly 100 %, each share between 0 and 100.
 */
public record MilestoneSplit(BigDecimal prepayment, BigDecimal arrival, BigDecimal acceptance) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public MilestoneSplit {
        for (BigDecimal share : List.of(prepayment, arrival, acceptance)) {
            if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
                throw new BusinessRuleViolation("O-3", "milestones: each share is between 0 and 100 %, not " + share);
            }
        }
        BigDecimal sum = prepayment.add(arrival).add(acceptance);
        if (sum.compareTo(HUNDRED) != 0) {
            throw new BusinessRuleViolation("O-3", "milestones: the shares sum to " + sum.stripTrailingZeros()
                    .toPlainString() + " %; a payment split must sum to 100 %");
        }
    }

    /** Whether the shares sum to 100 % (for adapters that answer a bad request before the domain refuses it). */
    public static boolean sumsToHundred(BigDecimal prepayment, BigDecimal arrival, BigDecimal acceptance) {
        return prepayment.add(arrival).add(acceptance).compareTo(HUNDRED) == 0;
    }

    /** The milestones of a contract of {@code amount}: each share rounded to the fen, the last takes the rest. */
    List<Milestone> milestonesOf(BigDecimal amount) {
        BigDecimal pre = share(amount, prepayment);
        BigDecimal arr = share(amount, arrival);
        BigDecimal acc = amount.subtract(pre).subtract(arr);
        List<Milestone> milestones = new ArrayList<>(3);
        milestones.add(milestone(Milestone.Kind.PREPAYMENT, prepayment, pre));
        milestones.add(milestone(Milestone.Kind.ARRIVAL, arrival, arr));
        milestones.add(milestone(Milestone.Kind.ACCEPTANCE, acceptance, acc));
        return milestones;
    }

    BigDecimal shareOf(Milestone.Kind kind) {
        return switch (kind) {
            case PREPAYMENT -> prepayment;
            case ARRIVAL -> arrival;
            case ACCEPTANCE -> acceptance;
        };
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static Milestone milestone(Milestone.Kind kind, BigDecimal share, BigDecimal amount) {
        return new Milestone(kind, share, amount.setScale(2, RoundingMode.HALF_UP), null, BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), null);
    }
}
