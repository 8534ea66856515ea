package com.acme.crm.order.tender;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static com.acme.crm.order.tender.TenderFixtures.BID;
import static com.acme.crm.order.tender.TenderFixtures.CUSTOMER;
import static com.acme.crm.order.tender.TenderFixtures.DIRECTOR;
import static com.acme.crm.order.tender.TenderFixtures.GENERAL_MANAGER;
import static com.acme.crm.order.tender.TenderFixtures.MANAGER;
import static com.acme.crm.order.tender.TenderFixtures.NOW;
import static com.acme.crm.order.tender.TenderFixtures.ON_SITE;
import static com.acme.crm.order.tender.TenderFixtures.REP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O-8 (the manager decides whether to bid) and O-11 (the order of the bid's steps and who takes each). */
class TenderStepsTest {

    @Test
    void o8_aReportedTenderWaitsForTheManagersDecision() {
        Tender tender = TenderFixtures.reported();

        assertThat(tender.state().status()).isEqualTo(TenderStatus.REPORTED);
        assertThat(tender.reported().estimatedValue()).isEqualByComparingTo("500000.00");
        assertThat(tender.state().ownerId()).isEqualTo(CUSTOMER.ownerId());
        assertRule(() -> tender.draftBid(BID, "rep-1", REP, NOW), "O-11");
    }

    @Test
    void o8_onlyTheSalesManagerDecidesWhetherToBid() {
        Tender tender = TenderFixtures.reported();

        for (var roles : List.of(REP, DIRECTOR, GENERAL_MANAGER)) {
            assertThatThrownBy(() -> tender.decide(BidDecision.BID, "someone", roles, NOW))
                    .isInstanceOfSatisfying(ForbiddenByRule.class, e -> assertThat(e.rule()).isEqualTo("O-8"));
        }
        TenderEvent.BidDecided decided = tender.decide(BidDecision.BID, "mgr-1", MANAGER, NOW);

        assertThat(decided.decision()).isEqualTo(BidDecision.BID);
        assertThat(tender.state().status()).isEqualTo(TenderStatus.BID_DECIDED);
    }

    @Test
    void o8_theDecisionIsTakenOnceAndNoBidEndsTheTender() {
        Tender tender = TenderFixtures.reported();
        tender.decide(BidDecision.NO_BID, "mgr-1", MANAGER, NOW);

        assertRule(() -> tender.decide(BidDecision.BID, "mgr-1", MANAGER, NOW), "O-8");
        assertRule(() -> tender.draftBid(BID, "rep-1", REP, NOW), "O-11");
        assertThat(tender.state().status()).isEqualTo(TenderStatus.NO_BID);
    }

    @Test
    void o11_eachStepNeedsTheOneBefore() {
        assertRule(() -> TenderFixtures.reportedAndDecidedToBid().reviewBid(true, "ok", "mgr-1", MANAGER, NOW), "O-11");
        assertRule(() -> TenderFixtures.bidDrafted().signBid(ON_SITE, "gm-1", GENERAL_MANAGER, NOW), "O-11");
        assertRule(() -> TenderFixtures.bidApprovedByTheManager().submit("rep-1", REP, NOW), "O-11");
        assertRule(() -> TenderFixtures.bidSignedByTheGeneralManager()
                .recordOutcome(Outcome.WON, null, null, "rep-1", REP, NOW), "O-11");
        assertRule(() -> TenderFixtures.submitted().submit("rep-1", REP, NOW), "O-11");
    }

    @Test
    void o11_theRepDraftsTheManagerReviewsTheGeneralManagerSigns() {
        assertForbidden(() -> TenderFixtures.reportedAndDecidedToBid().draftBid(BID, "gm-1", GENERAL_MANAGER, NOW));
        assertForbidden(() -> TenderFixtures.bidDrafted().reviewBid(true, "ok", "rep-1", REP, NOW));
        assertForbidden(() -> TenderFixtures.bidApprovedByTheManager().signBid(ON_SITE, "mgr-1", MANAGER, NOW));
        assertForbidden(() -> TenderFixtures.bidApprovedByTheManager().signBid(ON_SITE, "dir-1", DIRECTOR, NOW));
    }

    @Test
    void o11_theGeneralManagerNamesTheOnSiteTeamWhenSigning() {
        assertRule(() -> TenderFixtures.bidApprovedByTheManager().signBid(List.of(), "gm-1", GENERAL_MANAGER, NOW),
                "O-11");

        Tender tender = TenderFixtures.bidApprovedByTheManager();
        TenderEvent.BidSigned signed = tender.signBid(ON_SITE, "gm-1", GENERAL_MANAGER, NOW);

        assertThat(signed.bidValue()).isEqualByComparingTo("480000.00");
        assertThat(signed.biddingTeam()).isEqualTo(ON_SITE);
        assertThat(tender.state().status()).isEqualTo(TenderStatus.BID_SIGNED);
    }

    @Test
    void o11_aBidSentBackIsDraftedAndReviewedAgain() {
        Tender tender = TenderFixtures.bidDrafted();
        tender.reviewBid(false, "price too low for the spec", "mgr-1", MANAGER, NOW);

        assertThat(tender.state().status()).isEqualTo(TenderStatus.BID_DECIDED);
        assertThat(tender.state().reviewComment()).isEqualTo("price too low for the spec");
        assertRule(() -> tender.signBid(ON_SITE, "gm-1", GENERAL_MANAGER, NOW), "O-11");
        tender.draftBid(new Bid("revised", new BigDecimal("495000.00")), "rep-1", REP, NOW);
        tender.reviewBid(true, "ok", "mgr-1", MANAGER, NOW);
        assertThat(tender.state().status()).isEqualTo(TenderStatus.BID_APPROVED);
    }

    @Test
    void o11_aLostBidRecordsTheCompetitorAndItsPrice() {
        Tender tender = TenderFixtures.submitted();

        TenderEvent.OutcomeRecorded lost = tender.recordOutcome(Outcome.LOST, "Jinan Press Works",
                new BigDecimal("455000.00"), "rep-1", REP, NOW);

        assertThat(lost.bidValue()).isEqualByComparingTo("480000.00");
        assertThat(lost.competitor()).isEqualTo("Jinan Press Works");
        assertThat(tender.state().status()).isEqualTo(TenderStatus.LOST);
        assertRule(() -> tender.linkQuote(UUID.randomUUID(), CUSTOMER.customerId(), "rep-1", NOW), "O-11");
    }

    @Test
    void o11_aWonTenderLeadsToAQuoteForTheSameCustomer() {
        Tender tender = TenderFixtures.won();
        UUID quote = UUID.randomUUID();

        assertRule(() -> tender.linkQuote(quote, UUID.randomUUID(), "rep-1", NOW), "O-11");
        tender.linkQuote(quote, CUSTOMER.customerId(), "rep-1", NOW);

        assertThat(tender.state().quoteId()).isEqualTo(quote);
        assertRule(() -> tender.linkQuote(UUID.randomUUID(), CUSTOMER.customerId(), "rep-1", NOW), "O-11");
    }

    private static void assertRule(Runnable step, String rule) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(BusinessRuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo(rule));
    }

    private static void assertForbidden(Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ForbiddenByRule.class,
                e -> assertThat(e.rule()).isEqualTo("O-11"));
    }
}
