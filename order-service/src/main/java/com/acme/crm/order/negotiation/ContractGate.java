package com.acme.crm.order.negotiation;

import com.acme.crm.order.quote.QuoteDesk;
import com.acme.crm.order.quote.QuoteState;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The quote feature's signature gate for O-12 and O-13, asked inside the signing transaction before the quote is
 * written, with one read: refused naming O-12 while a negotiation about any version of the quote's requirement has an
 * open issue, naming O-13 while a contract review of one lacks its approvals; otherwise the reviews learn of the
 * signature, and a contract whose document reference is known is archived (O-13: the same day).
 */
@Component
class ContractGate implements QuoteDesk.SignatureGate {

    private final ContractReviews reviews;

    ContractGate(ContractReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public Mono<Void> signing(QuoteState quote, Instant signedAt) {
        return reviews.signingCheck(quote.requirementId()).flatMapMany(check -> {
                    Negotiation.requireResolved(check.openIssues());
                    List<ContractReview> found = check.reviews().stream().map(ContractReview::restore).toList();
                    found.forEach(ContractReview::requireApproved);
                    return Flux.fromIterable(found).filter(review -> review.state().signedAt() == null);
                })
                .concatMap(review -> {
                    review.signed(signedAt.truncatedTo(ChronoUnit.MICROS));
                    return reviews.update(review.state());
                })
                .then();
    }
}
