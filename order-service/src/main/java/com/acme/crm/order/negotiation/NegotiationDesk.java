package com.acme.crm.order.negotiation;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.quote.QuoteDesk;
import com.acme.crm.order.quote.QuoteState;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records negotiations about quotes in the caller's data scope and their open issues (O-12); each command loads,
 * decides in the aggregate and writes in one transaction. The signature gate reads the open issues.
 */
@Component
public class NegotiationDesk {

    private final Negotiations negotiations;
    private final QuoteDesk quotes;
    private final TransactionalOperator transactions;
    private final Clock clock;

    NegotiationDesk(Negotiations negotiations, QuoteDesk quotes, TransactionalOperator transactions, Clock clock) {
        this.negotiations = negotiations;
        this.quotes = quotes;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** O-12: the sales manager records a negotiation about a quote not yet signed, with the issues left open. */
    public Mono<NegotiationState> record(UUID quoteId, Negotiation.Setting setting, List<String> openIssues,
                                         CrmUser user) {
        Negotiation.Setting at = new Negotiation.Setting(setting.topic(),
                setting.heldAt().truncatedTo(ChronoUnit.MICROS), setting.place(), setting.members());
        return quotes.get(quoteId, user)
                .map(quote -> Negotiation.record(quote, at, openIssues, user.id(), user.roles(), now()))
                .flatMap(negotiation -> negotiations.insert(negotiation.state()).thenReturn(negotiation.state()))
                .as(transactions::transactional);
    }

    /** O-12: a further point left open. */
    public Mono<NegotiationState> raise(UUID id, String text, CrmUser user) {
        return get(id, user).flatMap(stored -> {
            Negotiation negotiation = Negotiation.restore(stored);
            negotiation.raise(text, user.id(), now());
            return negotiations.update(negotiation.state()).thenReturn(negotiation.state());
        }).as(transactions::transactional);
    }

    /** O-12: resolves an issue, as agreed or by a revision of the negotiated quote (B-2 approves it again). */
    public Mono<NegotiationState> resolve(UUID id, int number, String resolution, @Nullable UUID revisedQuoteId,
                                          CrmUser user) {
        Mono<Optional<QuoteState>> revision = revisedQuoteId == null ? Mono.just(Optional.empty())
                : quotes.get(revisedQuoteId, user).map(Optional::of);
        return get(id, user).zipWith(revision).flatMap(found -> {
            Negotiation negotiation = Negotiation.restore(found.getT1());
            negotiation.resolve(number, resolution, found.getT2().orElse(null), user.id(), now());
            return negotiations.update(negotiation.state()).thenReturn(negotiation.state());
        }).as(transactions::transactional);
    }

    /** A negotiation inside the caller's data scope; outside it looks missing. */
    public Mono<NegotiationState> get(UUID id, CrmUser user) {
        DataScope scope = DataScope.of(user);
        return negotiations.find(id)
                .filter(n -> scope.includes(n.ownerId(), n.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Negotiation", id)));
    }

    public Mono<PageResponse<NegotiationState>> list(CrmUser user, PageRequest page) {
        DataScope scope = DataScope.of(user);
        return Mono.zip(negotiations.page(scope, page).collectList(), negotiations.count(scope))
                .map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
