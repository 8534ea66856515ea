package com.acme.crm.order.negotiation;

import com.acme.crm.order.quote.QuoteState;

import static com.acme.crm.order.negotiation.NegotiationFixtures.GENERAL_MANAGER;
import static com.acme.crm.order.negotiation.NegotiationFixtures.MANAGER;
import static com.acme.crm.order.negotiation.NegotiationFixtures.NOW;

/** Contract reviews (O-13) of a quote at list price, at each approval step. */
final class ContractReviewFixtures {

    static final ContractReview.Terms SPECIAL_CLAUSES = new ContractReview.Terms(
            "Penalty capped at 5 % of the contract value", null, null);
    static final ContractReview.Terms CUSTOMERS_OWN_TEXT = new ContractReview.Terms(null,
            "Purchase contract form PC-7 of the customer", "DMS-2026-0117");
    static final ContractReview.Terms STANDARD_WITH_DOCUMENT = new ContractReview.Terms(null, null, "DMS-2026-0118");

    private ContractReviewFixtures() {
    }

    static QuoteState quote() {
        return NegotiationFixtures.quote("0").state();
    }

    static ContractReview withSpecialClauses() {
        return ContractReview.record(quote(), SPECIAL_CLAUSES, "rep-1", NOW);
    }

    static ContractReview withTheCustomersOwnTextApprovedByTheManager() {
        ContractReview review = ContractReview.record(quote(), CUSTOMERS_OWN_TEXT, "rep-1", NOW);
        review.decide(true, "clauses checked", "mgr-1", MANAGER, NOW);
        return review;
    }

    static ContractReview withTheCustomersOwnTextApprovedByBoth() {
        ContractReview review = withTheCustomersOwnTextApprovedByTheManager();
        review.decide(true, "accepted", "gm-1", GENERAL_MANAGER, NOW);
        return review;
    }
}
