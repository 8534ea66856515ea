package com.acme.crm.order.negotiation;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.quote.QuoteDesk;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Records contract reviews of quotes in the caller's data scope and their two approvals (O-13), and archives the signed
 * contract's document; each command loads, decides in the aggregate and writes in one transaction.
 */
@Component
public class ContractReviewDesk {

    private final ContractReviews reviews;
    private final QuoteDesk quotes;
    private final TransactionalOperator transactions;
    private final Clock clock;

    ContractReviewDesk(ContractReviews reviews, QuoteDesk quotes, TransactionalOperator transactions, Clock clock) {
        this.reviews = reviews;
        this.quotes = quotes;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** O-13: one review per quote version (409 for a second: amend the first). */
    public Mono<ContractReviewState> record(UUID quoteId, ContractReview.Terms terms, CrmUser user) {
        return quotes.get(quoteId, user)
                .flatMap(quote -> reviews.forQuote(quoteId)
                        .flatMap(existing -> Mono.<ContractReview>error(new ConflictException("Quote " + quoteId
                                + " already has contract review " + existing.id() + "; amend it")))
                        .switchIfEmpty(Mono.fromSupplier(() -> ContractReview.record(quote, terms, user.id(), now()))))
                .flatMap(review -> reviews.insert(review.state()).thenReturn(review.state()))
                .as(transactions::transactional);
    }

    /** O-13: changed clauses or text need both approvals again. */
    public Mono<ContractReviewState> amend(UUID id, ContractReview.Terms terms, CrmUser user) {
        return change(id, user, review -> review.amend(terms, user.id(), now()));
    }

    /** O-13: the sales manager, then the general manager (403 naming O-13 for anyone else). */
    public Mono<ContractReviewState> decide(UUID id, boolean approve, String comment, CrmUser user) {
        return change(id, user, review -> review.decide(approve, comment, user.id(), user.roles(), now()));
    }

    /** O-13: the signed contract's document, archived now. */
    public Mono<ContractReviewState> archive(UUID id, String documentReference, CrmUser user) {
        return change(id, user, review -> review.archive(documentReference, now()));
    }

    /** A review inside the caller's data scope; outside it looks missing. */
    public Mono<ContractReviewState> get(UUID id, CrmUser user) {
        DataScope scope = DataScope.of(user);
        return reviews.find(id)
                .filter(r -> scope.includes(r.ownerId(), r.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Contract review", id)));
    }

    /**
     * Reviews in the caller's data scope, newest first; {@code archiveOverdue}: only signed contracts the end-of-day
     * check found unarchived (O-13), oldest signature first, for the manager to chase.
     */
    public Mono<PageResponse<ContractReviewState>> list(CrmUser user, boolean archiveOverdue, PageRequest page) {
        DataScope scope = DataScope.of(user);
        if (scope.isNone()) {
            return Mono.just(PageResponse.of(List.of(), page, 0));
        }
        return Mono.zip(reviews.page(scope, archiveOverdue, page).collectList(), reviews.count(scope, archiveOverdue))
                .map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    private Mono<ContractReviewState> change(UUID id, CrmUser user, Consumer<ContractReview> command) {
        return get(id, user).flatMap(stored -> {
            ContractReview review = ContractReview.restore(stored);
            command.accept(review);
            return reviews.update(review.state()).thenReturn(review.state());
        }).as(transactions::transactional);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
