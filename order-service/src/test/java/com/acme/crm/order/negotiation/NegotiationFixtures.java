package com.acme.crm.order.negotiation;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.order.quote.ApprovalPolicy;
import com.acme.crm.order.quote.MilestoneKind;
import com.acme.crm.order.quote.PaymentTerms;
import com.acme.crm.order.quote.Quote;
import com.acme.crm.order.quote.QuoteLine;
import com.acme.crm.order.quote.QuoteState;
import com.acme.crm.order.quote.ValuePackage;
import com.acme.crm.order.requirement.RequirementFixtures;
import com.acme.crm.order.requirement.RequirementState;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Negotiations about one quote of rep-1's customer (O-12), and the quotes they are about. */
final class NegotiationFixtures {

    static final Instant NOW = RequirementFixtures.NOW.plusSeconds(7200);
    static final Set<Role> REP = Set.of(Role.SALES_REP);
    static final Set<Role> MANAGER = Set.of(Role.SALES_MANAGER);
    static final Set<Role> GENERAL_MANAGER = Set.of(Role.GENERAL_MANAGER);
    static final Negotiation.Setting SETTING = new Negotiation.Setting("Delivery and payment terms",
            NOW.minusSeconds(3600), "Customer's plant, meeting room 2", List.of(
            new NegotiationMember("mgr-1", "lead negotiator"), new NegotiationMember("rep-1", "commercial")));

    private static final RequirementState REQUIREMENT = RequirementFixtures.confirmed();
    private static final PaymentTerms TERMS = new PaymentTerms(List.of(
            new PaymentTerms.Milestone(MilestoneKind.PREPAYMENT, new BigDecimal("30")),
            new PaymentTerms.Milestone(MilestoneKind.ARRIVAL, new BigDecimal("60")),
            new PaymentTerms.Milestone(MilestoneKind.ACCEPTANCE, new BigDecimal("10"))));
    private static final ApprovalPolicy POLICY = new ApprovalPolicy(BigDecimal.ZERO, new BigDecimal("15"), TERMS);

    private NegotiationFixtures() {
    }

    /** A quote at {@code percent} off a list price of 10,000.00, as issued. */
    static Quote quote(String percent) {
        return Quote.issue(REQUIREMENT, offer(percent), POLICY, "rep-1", NOW);
    }

    /** B-2: the next version of {@code previous}, at {@code percent} off list. */
    static QuoteState revisionOf(QuoteState previous, String percent) {
        return Quote.revise(previous, REQUIREMENT, offer(percent), POLICY, "rep-1", NOW).state();
    }

    /** A negotiation about an issued quote at list price, leaving the given issues open. */
    static Negotiation withOpenIssues(QuoteState quote, String... issues) {
        return Negotiation.record(quote, SETTING, List.of(issues), "mgr-1", MANAGER, NOW);
    }

    static Negotiation aboutAQuoteAtListPrice(String... issues) {
        return withOpenIssues(quote("0").state(), issues);
    }

    private static Quote.Offer offer(String percent) {
        return new Quote.Offer(List.of(QuoteLine.priced(UUID.randomUUID(), "Press P-200", 1,
                new BigDecimal("10000.00"), BigDecimal.ZERO)), new ValuePackage(24, null, List.of()),
                new BigDecimal(percent), TERMS);
    }
}
