package com.acme.crm.order.negotiation;

import com.acme.crm.order.quote.QuoteDesk;
import com.acme.crm.order.quote.QuoteEvent;
import com.acme.crm.order.quote.QuoteState;
import com.acme.crm.order.quote.SignedQuoteListener;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.temporal.ChronoUnit;

/**
 * The quote feature's signature gate for O-12 and O-13, asked inside the signing transaction before anything is
 * written: refused naming O-12 while a negotiation about any version of the quote's requirement has an open issue,
 * naming O-13 while a contract review of one lacks its approvals. Told of the signature, it archives the contract
 * whose document reference is known (O-13: the same day).
 */
@Component
class ContractGate implements QuoteDesk.SignatureGate, SignedQuoteListener {

    private final Negotiations negotiations;
    private final ContractReviews reviews;

    ContractGate(Negotiations negotiations, ContractReviews reviews) {
        this.negotiations = negotiations;
        this.reviews = reviews;
    }

    @Override
    public Mono<Void> beforeSigning(QuoteState quote) {
        return negotiations.openIssues(quote.requirementId())
                .doOnNext(Negotiation::requireResolved)
                .thenMany(reviews.forRequirement(quote.requirementId()))
                .doOnNext(review -> ContractReview.restore(review).requireApproved())
                .then();
    }

    @Override
    public Mono<Void> quoteSigned(QuoteEvent.Signed signed) {
        return reviews.forRequirement(signed.requirementId())
                .filter(review -> review.signedAt() == null)
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(stored -> {
                    ContractReview review = ContractReview.restore(stored);
                    review.signed(signed.signedAt().truncatedTo(ChronoUnit.MICROS));
                    return reviews.update(review.state());
                })
                .then();
    }
}
