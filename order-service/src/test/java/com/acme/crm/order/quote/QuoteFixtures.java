package com.acme.crm.order.quote;

import com.acme.crm.order.requirement.RequirementFixtures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Quotes in the states the rules talk about (O-2, B-2), on one product listed at 10,000.00. */
final class QuoteFixtures {

    static final Instant NOW = RequirementFixtures.NOW.plusSeconds(3600);
    static final PaymentTerms DEFAULT_TERMS = terms("30", "60", "10");
    static final ApprovalPolicy POLICY = new ApprovalPolicy(BigDecimal.ZERO, new BigDecimal("15"), DEFAULT_TERMS);
    static final UUID PRESS = UUID.randomUUID();

    private QuoteFixtures() {
    }

    static Quote atListPrice() {
        return percentOffList("0");
    }

    static Quote twelvePercentOffList() {
        return percentOffList("12");
    }

    static Quote twentyPercentOffList() {
        return percentOffList("20");
    }

    /** One press at list price 10,000.00, the discount given overall, default payment terms. */
    static Quote percentOffList(String percent) {
        return Quote.issue(RequirementFixtures.confirmed(), offer(percent, DEFAULT_TERMS), POLICY, "rep-1", NOW);
    }

    static Quote atListPriceWithTerms(PaymentTerms terms) {
        return Quote.issue(RequirementFixtures.confirmed(), offer("0", terms), POLICY, "rep-1", NOW);
    }

    static Quote.Offer offer(String overallPercent, PaymentTerms terms) {
        return new Quote.Offer(List.of(QuoteLine.priced(PRESS, "Press P-200", 1, new BigDecimal("10000.00"),
                BigDecimal.ZERO)), new ValuePackage(24, "Two operators, one day", List.of("Commissioning")),
                new BigDecimal(overallPercent), terms);
    }

    /** A twelve-percent quote the team's sales manager approved. */
    static Quote twelvePercentApprovedByTheManager() {
        Quote quote = twelvePercentOffList();
        quote.requestApproval("rep-1", Actors.REP, NOW);
        quote.decide(true, "mgr-1", Actors.MANAGER, "ok", NOW);
        return quote;
    }

    static PaymentTerms terms(String prepayment, String arrival, String acceptance) {
        return new PaymentTerms(List.of(
                new PaymentTerms.Milestone(MilestoneKind.PREPAYMENT, new BigDecimal(prepayment)),
                new PaymentTerms.Milestone(MilestoneKind.ARRIVAL, new BigDecimal(arrival)),
                new PaymentTerms.Milestone(MilestoneKind.ACCEPTANCE, new BigDecimal(acceptance))));
    }

    /** Role sets of the people who work a quote. */
    static final class Actors {
        static final java.util.Set<com.acme.crm.chassis.security.Role> REP =
                java.util.Set.of(com.acme.crm.chassis.security.Role.SALES_REP);
        static final java.util.Set<com.acme.crm.chassis.security.Role> MANAGER =
                java.util.Set.of(com.acme.crm.chassis.security.Role.SALES_MANAGER);
        static final java.util.Set<com.acme.crm.chassis.security.Role> GENERAL_MANAGER =
                java.util.Set.of(com.acme.crm.chassis.security.Role.GENERAL_MANAGER);

        private Actors() {
        }
    }
}
