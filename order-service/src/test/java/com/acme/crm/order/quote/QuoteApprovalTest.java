package com.acme.crm.order.quote;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.order.quote.QuoteFixtures.Actors;
import com.acme.crm.order.requirement.RequirementFixtures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static com.acme.crm.order.quote.QuoteFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O-2 approval routing, B-2 no silent price cut: the rules of a quote's price and payment terms. */
class QuoteApprovalTest {

    @ParameterizedTest(name = "{0} % off list needs {1}")
    @CsvSource({"0, NONE", "0.01, SALES_MANAGER", "10, SALES_MANAGER", "15, SALES_MANAGER", "15.01, GENERAL_MANAGER",
            "20, GENERAL_MANAGER"})
    void o2_aDiscountIsRoutedByTheRepsAndTheManagersAuthority(String percent, ApprovalLevel needed) {
        assertThat(QuoteFixtures.percentOffList(percent).state().approvalRequired()).isEqualTo(needed);
    }

    @Test
    void o2_aRepsOwnAuthorityIsConfigurable() {
        ApprovalPolicy fivePercentReps = new ApprovalPolicy(new BigDecimal("5"), new BigDecimal("15"),
                QuoteFixtures.DEFAULT_TERMS);

        Quote quote = Quote.issue(RequirementFixtures.confirmed(),
                QuoteFixtures.offer("4", QuoteFixtures.DEFAULT_TERMS), fivePercentReps, "rep-1", NOW);

        assertThat(quote.state().approvalRequired()).isEqualTo(ApprovalLevel.NONE);
    }

    @Test
    void o2_aDiscountIsMeasuredAgainstListAcrossLineAndOverallDiscounts() {
        Pricing pricing = Pricing.of(List.of(
                QuoteLine.priced(QuoteFixtures.PRESS, "Press", 2, new BigDecimal("1000.00"), new BigDecimal("10")),
                QuoteLine.priced(QuoteFixtures.PRESS, "Die set", 1, new BigDecimal("500.00"), BigDecimal.ZERO)),
                new BigDecimal("5"));

        assertThat(pricing.listTotal()).isEqualByComparingTo("2500.00");
        assertThat(pricing.netTotal()).isEqualByComparingTo("2185.00");
        assertThat(pricing.discountPercent()).isEqualByComparingTo("12.60");
    }

    @Test
    void o2_aPaymentTermChangeAtListPriceNeedsTheSalesManager() {
        Quote quote = QuoteFixtures.atListPriceWithTerms(QuoteFixtures.terms("10", "80", "10"));

        assertThat(quote.state().paymentTermsChanged()).isTrue();
        assertThat(quote.state().approvalRequired()).isEqualTo(ApprovalLevel.SALES_MANAGER);
        assertThatThrownBy(() -> quote.sign("rep-1", NOW)).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("payment terms changed");
    }

    @Test
    void o2_paymentTermsThatDoNotSumToAHundredPercentAreNotTerms() {
        assertThat(PaymentTerms.problem(QuoteFixtures.DEFAULT_TERMS.milestones())).isNull();
        assertThat(PaymentTerms.problem(List.of(
                new PaymentTerms.Milestone(MilestoneKind.PREPAYMENT, new BigDecimal("30")),
                new PaymentTerms.Milestone(MilestoneKind.ARRIVAL, new BigDecimal("60")),
                new PaymentTerms.Milestone(MilestoneKind.ACCEPTANCE, new BigDecimal("20")))))
                .contains("110");
    }

    @Test
    void o2_aQuoteAtListPriceWithDefaultTermsIsSignedWithoutApproval() {
        Quote quote = QuoteFixtures.atListPrice();

        QuoteEvent.Signed signed = quote.sign("rep-1", NOW);

        assertThat(quote.state().status()).isEqualTo(QuoteStatus.SIGNED);
        assertThat(signed.netTotal()).isEqualByComparingTo("10000.00");
        assertThat(signed.paymentTerms()).isEqualTo(QuoteFixtures.DEFAULT_TERMS);
    }

    @Test
    void o2_anUnapprovedQuoteCannotBeSignedAndStaysAsItWas() {
        Quote quote = QuoteFixtures.twelvePercentOffList();
        QuoteState before = quote.state();

        assertThatThrownBy(() -> quote.sign("rep-1", NOW)).isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("O-2");
        assertThat(quote.state()).isEqualTo(before);
    }

    @Test
    void o2_twelvePercentIsApprovedByTheTeamsSalesManagerAndThenSigned() {
        Quote quote = QuoteFixtures.twelvePercentOffList();

        QuoteEvent.ApprovalRequested requested = quote.requestApproval("rep-1", Actors.REP, NOW);
        QuoteEvent approved = quote.decide(true, "mgr-1", Actors.MANAGER, "within the bargaining room", NOW);
        quote.sign("rep-1", NOW);

        assertThat(requested.approver()).isEqualTo(ApprovalLevel.SALES_MANAGER);
        assertThat(approved).isInstanceOf(QuoteEvent.Approved.class);
        assertThat(quote.state().approvedBy()).isEqualTo("mgr-1");
        assertThat(quote.state().status()).isEqualTo(QuoteStatus.SIGNED);
    }

    @Test
    void o2_onlyTheRoleTheRuleNamesDecides() {
        Quote quote = QuoteFixtures.twelvePercentOffList();
        quote.requestApproval("rep-1", Actors.REP, NOW);

        for (var roles : List.of(Actors.REP, Actors.GENERAL_MANAGER)) {
            assertThatThrownBy(() -> quote.decide(true, "someone", roles, "ok", NOW))
                    .isInstanceOf(ForbiddenByRule.class)
                    .extracting(e -> ((ForbiddenByRule) e).rule()).isEqualTo("O-2");
        }
        assertThat(quote.state().status()).isEqualTo(QuoteStatus.AWAITING_SALES_MANAGER);
    }

    @Test
    void o2_twentyPercentGoesThroughTheManagerToTheGeneralManager() {
        Quote quote = QuoteFixtures.twentyPercentOffList();
        quote.requestApproval("rep-1", Actors.REP, NOW);

        QuoteEvent passedOn = quote.decide(true, "mgr-1", Actors.MANAGER, "strategic account", NOW);
        assertThat(passedOn).isInstanceOf(QuoteEvent.ApprovalRequested.class);
        assertThat(((QuoteEvent.ApprovalRequested) passedOn).approver()).isEqualTo(ApprovalLevel.GENERAL_MANAGER);
        assertThatThrownBy(() -> quote.sign("rep-1", NOW)).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> quote.decide(true, "mgr-1", Actors.MANAGER, "again", NOW))
                .isInstanceOf(ForbiddenByRule.class);

        QuoteEvent approved = quote.decide(true, "gm-1", Actors.GENERAL_MANAGER, "approved", NOW);

        assertThat(((QuoteEvent.Approved) approved).approver()).isEqualTo(ApprovalLevel.GENERAL_MANAGER);
        quote.sign("rep-1", NOW);
        assertThat(quote.state().status()).isEqualTo(QuoteStatus.SIGNED);
    }

    @Test
    void o2_theManagerRequestsTheGeneralManagersApprovalDirectly() {
        Quote quote = QuoteFixtures.twentyPercentOffList();

        QuoteEvent.ApprovalRequested requested = quote.requestApproval("mgr-1", Actors.MANAGER, NOW);

        assertThat(requested.approver()).isEqualTo(ApprovalLevel.GENERAL_MANAGER);
        assertThat(quote.state().status()).isEqualTo(QuoteStatus.AWAITING_GENERAL_MANAGER);
    }

    @Test
    void o2_aRejectedQuoteCannotBeSigned() {
        Quote quote = QuoteFixtures.twelvePercentOffList();
        quote.requestApproval("rep-1", Actors.REP, NOW);
        quote.decide(false, "mgr-1", Actors.MANAGER, "too deep", NOW);

        assertThat(quote.state().status()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(quote.state().decisionComment()).isEqualTo("too deep");
        assertThatThrownBy(() -> quote.sign("rep-1", NOW)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void o2_aQuoteWithinTheRepsAuthorityNeedsNoApprovalRequest() {
        assertThatThrownBy(() -> QuoteFixtures.atListPrice().requestApproval("rep-1", Actors.REP, NOW))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("needs no approval");
    }

    @Test
    void b2_changingThePriceAfterApprovalNeedsApprovalAgainAndTheOldVersionCannotBeSigned() {
        Quote approved = QuoteFixtures.twelvePercentApprovedByTheManager();

        Quote revised = Quote.revise(approved.state(), RequirementFixtures.confirmed(),
                QuoteFixtures.offer("13", QuoteFixtures.DEFAULT_TERMS), QuoteFixtures.POLICY, "rep-1", NOW);
        approved.supersede(revised.state().id(), NOW);

        assertThat(revised.state().quoteVersion()).isEqualTo(2);
        assertThat(revised.state().supersedesId()).isEqualTo(approved.state().id());
        assertThat(revised.state().status()).isEqualTo(QuoteStatus.ISSUED);
        assertThat(revised.state().approvedBy()).isNull();
        assertThatThrownBy(() -> revised.sign("rep-1", NOW)).isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("O-2");
        assertThatThrownBy(() -> approved.sign("rep-1", NOW)).isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("B-2");
    }

    @Test
    void b2_aSignedQuoteIsNotRevised() {
        Quote signed = QuoteFixtures.atListPrice();
        signed.sign("rep-1", NOW);

        assertThatThrownBy(() -> signed.supersede(java.util.UUID.randomUUID(), NOW))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("B-2");
    }
}
