package com.acme.crm.order.quote;

import java.math.BigDecimal;

/**
 * O-2: "a rep may not lower a price or change payment terms on their own". A discount off list above the rep's own
 * authority (0 % by default), or any change from the default payment terms, needs the team's sales manager; a
 * discount above the manager's authority (15 % by default) needs the general manager, requested by the manager.
 */
public record ApprovalPolicy(BigDecimal repAuthority, BigDecimal managerAuthority, PaymentTerms defaultTerms) {

    public ApprovalLevel required(Pricing pricing, boolean paymentTermsChanged) {
        BigDecimal discount = pricing.exactDiscountPercent();
        if (discount.compareTo(managerAuthority) > 0) {
            return ApprovalLevel.GENERAL_MANAGER;
        }
        if (discount.compareTo(repAuthority) > 0 || paymentTermsChanged) {
            return ApprovalLevel.SALES_MANAGER;
        }
        return ApprovalLevel.NONE;
    }

    public boolean changesTerms(PaymentTerms terms) {
        return !terms.sameAs(defaultTerms);
    }
}
