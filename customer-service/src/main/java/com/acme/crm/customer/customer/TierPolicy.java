package com.acme.crm.customer.customer;

import java.math.BigDecimal;

/**
 * C-1: A from 1,000,000 of trailing-12-month purchases, B from 300,000, C below; a manager may pin A.
 * C-3: above 1,000,000 a year a customer gets a dedicated account manager.
 */
public record TierPolicy(BigDecimal aFrom, BigDecimal bFrom, BigDecimal accountManagerAbove) {

    public Tier tierFor(BigDecimal trailingPurchases, boolean pinnedA) {
        if (pinnedA || trailingPurchases.compareTo(aFrom) >= 0) {
            return Tier.A;
        }
        return trailingPurchases.compareTo(bFrom) >= 0 ? Tier.B : Tier.C;
    }

    public boolean needsAccountManager(BigDecimal trailingPurchases) {
        return trailingPurchases.compareTo(accountManagerAbove) > 0;
    }
}
