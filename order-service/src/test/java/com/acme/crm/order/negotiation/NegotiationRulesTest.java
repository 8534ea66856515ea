package com.acme.crm.order.negotiation;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.order.quote.Quote;
import com.acme.crm.order.quote.QuoteState;
import com.acme.crm.order.quote.QuoteStatus;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.acme.crm.order.negotiation.NegotiationFixtures.MANAGER;
import static com.acme.crm.order.negotiation.NegotiationFixtures.NOW;
import static com.acme.crm.order.negotiation.NegotiationFixtures.REP;
import static com.acme.crm.order.negotiation.NegotiationFixtures.SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O-12: the manager sets the negotiation; an open issue blocks signing; a deviation is a quote revision (B-2). */
class NegotiationRulesTest {

    @Test
    void o12_onlyTheSalesManagerRecordsANegotiation() {
        QuoteState quote = NegotiationFixtures.quote("0").state();

        assertThatThrownBy(() -> Negotiation.record(quote, SETTING, List.of(), "rep-1", REP, NOW))
                .isInstanceOfSatisfying(ForbiddenByRule.class, e -> assertThat(e.rule()).isEqualTo("O-12"));
        NegotiationState negotiation = Negotiation.record(quote, SETTING, List.of("Delivery date"), "mgr-1", MANAGER,
                NOW).state();

        assertThat(negotiation.members()).extracting(NegotiationMember::role)
                .containsExactly("lead negotiator", "commercial");
        assertThat(negotiation.openIssues()).isEqualTo(1);
    }

    @Test
    void o12_anOpenIssueBlocksSigningUntilItIsResolved() {
        Negotiation negotiation = NegotiationFixtures.aboutAQuoteAtListPrice("Delivery date", "Training days");

        assertRule(() -> Negotiation.requireResolved(negotiation.state().openIssues()));
        negotiation.resolve(1, "Delivery in 8 weeks, as quoted", null, "mgr-1", NOW);
        assertRule(() -> Negotiation.requireResolved(negotiation.state().openIssues()));
        negotiation.resolve(2, "Two days, as quoted", null, "mgr-1", NOW);

        assertThat(negotiation.state().openIssues()).isZero();
        assertThatCode(() -> Negotiation.requireResolved(negotiation.state().openIssues())).doesNotThrowAnyException();
    }

    @Test
    void o12_aRaisedIssueBlocksSigningAgainAndAnIssueIsResolvedOnce() {
        Negotiation negotiation = NegotiationFixtures.aboutAQuoteAtListPrice();
        negotiation.raise("Spare parts price list", "rep-1", NOW);

        assertThat(negotiation.state().openIssues()).isEqualTo(1);
        negotiation.resolve(1, "Price list attached", null, "mgr-1", NOW);
        assertRule(() -> negotiation.resolve(1, "again", null, "mgr-1", NOW));
        assertRule(() -> negotiation.resolve(7, "no such issue", null, "mgr-1", NOW));
    }

    @Test
    void o12_aDeviationFromTheQuoteIsARevisionWhichNeedsApprovalAgain() {
        Quote approved = NegotiationFixtures.quote("12");
        Negotiation negotiation = NegotiationFixtures.withOpenIssues(approved.state(), "Customer asks 14 % off");
        QuoteState revision = NegotiationFixtures.revisionOf(approved.state(), "14");
        QuoteState unrelated = NegotiationFixtures.quote("14").state();

        assertRule(() -> negotiation.resolve(1, "14 % agreed", unrelated, "mgr-1", NOW));
        NegotiationEvent.IssueResolved resolved = negotiation.resolve(1, "14 % agreed", revision, "mgr-1", NOW);

        assertThat(resolved.revisedQuoteId()).isEqualTo(revision.id());
        assertThat(negotiation.state().quoteId()).isEqualTo(revision.id());
        assertThat(revision.status()).isEqualTo(QuoteStatus.ISSUED);
        assertThatThrownBy(() -> Quote.restore(revision).sign("rep-1", NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("O-2"));
    }

    @Test
    void o12_aSignedQuoteIsNotNegotiated() {
        Quote quote = NegotiationFixtures.quote("0");
        quote.sign("rep-1", NOW);

        assertRule(() -> NegotiationFixtures.withOpenIssues(quote.state(), "too late"));
    }

    private static void assertRule(Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(BusinessRuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("O-12"));
    }
}
