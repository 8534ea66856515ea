package com.acme.crm.order.tender;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.team.CustomerOwnership;
import com.acme.crm.order.requirement.RequirementFixtures;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Tenders at each O-8/O-11 step, for the customer of rep-1 in team east, reported at {@link #NOW}. */
public final class TenderFixtures {

    static final Instant NOW = RequirementFixtures.NOW;
    static final CustomerOwnership CUSTOMER = RequirementFixtures.CUSTOMER;
    static final Set<Role> REP = Set.of(Role.SALES_REP);
    static final Set<Role> MANAGER = Set.of(Role.SALES_MANAGER);
    static final Set<Role> GENERAL_MANAGER = Set.of(Role.GENERAL_MANAGER);
    static final Set<Role> DIRECTOR = Set.of(Role.SALES_DIRECTOR);
    static final Bid BID = new Bid("Two P-200 presses, installation and two days' training", new BigDecimal("480000.00"));
    static final List<BiddingTeamMember> ON_SITE = List.of(new BiddingTeamMember("rep-1", "presenter"),
            new BiddingTeamMember("eng-7", "technical answers"));

    private TenderFixtures() {
    }

    static Tender reported() {
        return Tender.report(CUSTOMER, "Line 3 presses, municipal tender", NOW.plus(Duration.ofDays(30)),
                new BigDecimal("500000.00"), "rep-1", NOW);
    }

    static Tender reportedAndDecidedToBid() {
        Tender tender = reported();
        tender.decide(BidDecision.BID, "mgr-1", MANAGER, NOW);
        return tender;
    }

    static Tender bidDrafted() {
        Tender tender = reportedAndDecidedToBid();
        tender.draftBid(BID, "rep-1", REP, NOW);
        return tender;
    }

    static Tender bidApprovedByTheManager() {
        Tender tender = bidDrafted();
        tender.reviewBid(true, "price holds", "mgr-1", MANAGER, NOW);
        return tender;
    }

    static Tender bidSignedByTheGeneralManager() {
        Tender tender = bidApprovedByTheManager();
        tender.signBid(ON_SITE, "gm-1", GENERAL_MANAGER, NOW);
        return tender;
    }

    static Tender submitted() {
        Tender tender = bidSignedByTheGeneralManager();
        tender.submit("rep-1", REP, NOW);
        return tender;
    }

    static Tender won() {
        Tender tender = submitted();
        tender.recordOutcome(Outcome.WON, null, null, "rep-1", REP, NOW);
        return tender;
    }
}
