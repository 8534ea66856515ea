package com.acme.crm.customer.visit;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import java.math.BigDecimal;
import java.util.List;

/** A gift recorded on a visit. */
public record Gift(String description, BigDecimal value, boolean companyBranded) {

    /** C-10 (anti-bribery): gifts must be company-branded and worth at most the limit (200 CNY). */
    public static void check(List<Gift> gifts, BigDecimal maxValue) {
        for (Gift gift : gifts) {
            if (!gift.companyBranded()) {
                throw new BusinessRuleViolation("C-10", "Gift '" + gift.description() + "' is not company-branded");
            }
            if (gift.value().compareTo(maxValue) > 0) {
                throw new BusinessRuleViolation("C-10", "Gift '" + gift.description() + "' is worth " + gift.value()
                        + "; gifts may be worth at most " + maxValue);
            }
        }
    }
}
