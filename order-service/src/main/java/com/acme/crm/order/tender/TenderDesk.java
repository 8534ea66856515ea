package com.acme.crm.order.tender;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.customer.CustomerDirectory;
import com.acme.crm.order.quote.QuoteDesk;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reports tenders and takes each O-8/O-11 step for tenders in the caller's data scope. Each command loads, decides in
 * the aggregate, then writes and publishes in one transaction; a refusal writes and publishes nothing.
 */
@Component
public class TenderDesk {

    private final Tenders tenders;
    private final CustomerDirectory customers;
    private final QuoteDesk quotes;
    private final TenderEventPublisher publisher;
    private final TransactionalOperator transactions;
    private final Clock clock;

    TenderDesk(Tenders tenders, CustomerDirectory customers, QuoteDesk quotes, TenderEventPublisher publisher,
               TransactionalOperator transactions, Clock clock) {
        this.tenders = tenders;
        this.customers = customers;
        this.quotes = quotes;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** O-8: a tender of a customer in the caller's scope, reported to the team's manager. */
    public Mono<TenderState> report(UUID customerId, String title, Instant submissionDeadline,
                                    BigDecimal estimatedValue, CrmUser user) {
        Instant now = now();
        if (!submissionDeadline.isAfter(now)) {
            return Mono.error(new InvalidFieldException("submissionDeadline", "must be in the future"));
        }
        return customers.require(customerId, user)
                .flatMap(customer -> {
                    Tender tender = Tender.report(customer, title, submissionDeadline.truncatedTo(ChronoUnit.MICROS),
                            estimatedValue, user.id(), now);
                    return tenders.insert(tender.state()).then(publisher.publish(tender.reported()))
                            .thenReturn(tender.state());
                })
                .as(transactions::transactional);
    }

    /** O-8: the team's sales manager decides bid or no bid (403 naming O-8 for anyone else). */
    public Mono<TenderState> decide(UUID id, BidDecision decision, CrmUser user) {
        return change(id, user, tender -> tender.decide(decision, user.id(), user.roles(), now()));
    }

    /** O-11: the rep drafts the bid. */
    public Mono<TenderState> draftBid(UUID id, Bid bid, CrmUser user) {
        return change(id, user, tender -> tender.draftBid(bid, user.id(), user.roles(), now()));
    }

    /** O-11: the manager approves the draft or sends it back. */
    public Mono<TenderState> reviewBid(UUID id, boolean approve, String comment, CrmUser user) {
        return change(id, user, tender -> tender.reviewBid(approve, comment, user.id(), user.roles(), now()));
    }

    /** O-11: the general manager signs the bid and names the on-site team. */
    public Mono<TenderState> signBid(UUID id, List<BiddingTeamMember> team, CrmUser user) {
        return change(id, user, tender -> tender.signBid(team, user.id(), user.roles(), now()));
    }

    /** O-11: the rep submits the signed bid. */
    public Mono<TenderState> submit(UUID id, CrmUser user) {
        return change(id, user, tender -> tender.submit(user.id(), user.roles(), now()));
    }

    /** O-11: won or lost, with the competitor and its price where known. */
    public Mono<TenderState> recordOutcome(UUID id, Outcome outcome, @Nullable String competitor,
                                           @Nullable BigDecimal competitorPrice, CrmUser user) {
        return change(id, user, tender -> tender.recordOutcome(outcome, competitor, competitorPrice, user.id(),
                user.roles(), now()));
    }

    /** O-11: the quote a won tender leads to; the quote must be in the caller's scope and for the same customer. */
    public Mono<TenderState> linkQuote(UUID id, UUID quoteId, CrmUser user) {
        return get(id, user).zipWith(quotes.get(quoteId, user)).flatMap(found -> {
            Tender tender = Tender.restore(found.getT1());
            TenderEvent event = tender.linkQuote(quoteId, found.getT2().customerId(), user.id(), now());
            return tenders.update(tender.state()).then(publisher.publish(event)).thenReturn(tender.state());
        }).as(transactions::transactional);
    }

    /** A tender inside the caller's data scope; outside it looks missing. */
    public Mono<TenderState> get(UUID id, CrmUser user) {
        DataScope scope = DataScope.of(user);
        return tenders.find(id)
                .filter(t -> scope.includes(t.ownerId(), t.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Tender", id)));
    }

    public Mono<PageResponse<TenderState>> list(CrmUser user, PageRequest page) {
        DataScope scope = DataScope.of(user);
        return Mono.zip(tenders.page(scope, page).collectList(), tenders.count(scope))
                .map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    private Mono<TenderState> change(UUID id, CrmUser user, Function<Tender, TenderEvent> step) {
        return get(id, user).flatMap(stored -> {
            Tender tender = Tender.restore(stored);
            TenderEvent event = step.apply(tender);
            return tenders.update(tender.state()).then(publisher.publish(event)).thenReturn(tender.state());
        }).as(transactions::transactional);
    }

    /** Command times to the microsecond, as PostgreSQL keeps them, so an answer matches a later read. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
