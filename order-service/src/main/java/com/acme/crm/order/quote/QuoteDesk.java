package com.acme.crm.order.quote;

import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.OrderProperties;
import com.acme.crm.chassis.team.CustomerOwnership;
import com.acme.crm.order.customer.OwnershipListener;
import com.acme.crm.order.product.ProductCatalogue;
import com.acme.crm.order.product.ProductState;
import com.acme.crm.order.requirement.Requirement;
import com.acme.crm.order.requirement.RequirementBook;
import com.acme.crm.order.requirement.RequirementState;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues, revises, routes for approval and signs quotes (O-2, B-2) for the caller's data scope; sales support is
 * refused naming O-16. Each command loads, decides in the aggregate, then writes and publishes in one transaction.
 */
@Component
public class QuoteDesk {

    private final Quotes quotes;
    private final RequirementBook requirements;
    private final ProductCatalogue catalogue;
    private final QuoteEventPublisher publisher;
    private final List<SignedQuoteListener> signatures;
    private final List<SignatureGate> gates;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final ApprovalPolicy policy;

    QuoteDesk(Quotes quotes, RequirementBook requirements, ProductCatalogue catalogue, QuoteEventPublisher publisher,
              List<SignedQuoteListener> signatures, List<SignatureGate> gates, TransactionalOperator transactions,
              Clock clock, OrderProperties properties) {
        this.quotes = quotes;
        this.requirements = requirements;
        this.catalogue = catalogue;
        this.publisher = publisher;
        this.signatures = signatures;
        this.gates = gates;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = new ApprovalPolicy(properties.repDiscountAuthority(), properties.managerDiscountAuthority(),
                new PaymentTerms(List.of(
                        new PaymentTerms.Milestone(MilestoneKind.PREPAYMENT, properties.prepaymentPercent()),
                        new PaymentTerms.Milestone(MilestoneKind.ARRIVAL, properties.arrivalPercent()),
                        new PaymentTerms.Milestone(MilestoneKind.ACCEPTANCE, properties.acceptancePercent()))));
    }

    /** O-2: the first version of a quote for a confirmed requirement (O-1) in the caller's scope. */
    public Mono<QuoteState> issue(UUID requirementId, OfferRequest offer, CrmUser user) {
        SupportDoesNotQuote.check(user);
        return requirements.get(requirementId, user)
                .flatMap(requirement -> offer(offer).map(priced -> {
                    Requirement.restore(requirement).requireConfirmed();
                    return Quote.issue(requirement, priced, policy, user.id(), clock.instant());
                }))
                .flatMap(quote -> quotes.insert(quote.state())
                        .then(publisher.publish(List.of(quote.issued())))
                        .thenReturn(quote.state()))
                .as(transactions::transactional);
    }

    /** B-2: a new version superseding this one; its approval starts from nothing. */
    public Mono<QuoteState> revise(UUID id, OfferRequest offer, CrmUser user) {
        SupportDoesNotQuote.check(user);
        return get(id, user).flatMap(previous -> requirements.get(previous.requirementId(), user)
                        .zipWith(offer(offer))
                        .flatMap(found -> {
                            Quote next = Quote.revise(previous, found.getT1(), found.getT2(), policy, user.id(),
                                    clock.instant());
                            Quote old = Quote.restore(previous);
                            QuoteEvent.Superseded superseded = old.supersede(next.state().id(), clock.instant());
                            return quotes.update(old.state()).then(quotes.insert(next.state()))
                                    .then(publisher.publish(List.of(superseded, next.issued())))
                                    .thenReturn(next.state());
                        }))
                .as(transactions::transactional);
    }

    /** O-2: puts the quote to the approver the rule names. */
    public Mono<QuoteState> requestApproval(UUID id, CrmUser user) {
        SupportDoesNotQuote.check(user);
        return change(id, user, quote -> quote.requestApproval(user.id(), user.roles(), clock.instant()));
    }

    /** O-2: approve or reject; only the role the quote waits for (403 naming O-2 otherwise). */
    public Mono<QuoteState> decide(UUID id, boolean approve, String comment, CrmUser user) {
        SupportDoesNotQuote.check(user);
        return change(id, user, quote -> quote.decide(approve, user.id(), user.roles(), comment, clock.instant()));
    }

    /**
     * O-2: refused naming O-2 while an approval is missing, and by any {@link SignatureGate} (O-12, O-13) before
     * anything is written; otherwise signed and handed to contracts (O-3).
     */
    public Mono<QuoteState> sign(UUID id, CrmUser user) {
        SupportDoesNotQuote.check(user);
        return get(id, user).flatMap(stored -> {
            Quote quote = Quote.restore(stored);
            QuoteEvent.Signed signed = quote.sign(user.id(), clock.instant());
            return Flux.fromIterable(gates).concatMap(gate -> gate.signing(stored, signed.signedAt()))
                    .then(quotes.update(quote.state()))
                    .then(publisher.publish(List.of(signed)))
                    .thenMany(Flux.fromIterable(signatures))
                    .concatMap(listener -> listener.quoteSigned(signed))
                    .then(Mono.just(quote.state()));
        }).as(transactions::transactional);
    }

    /** A quote inside the caller's data scope; outside it looks missing. */
    public Mono<QuoteState> get(UUID id, CrmUser user) {
        DataScope scope = DataScope.of(user);
        return quotes.find(id)
                .filter(q -> scope.includes(q.ownerId(), q.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Quote", id)));
    }

    public Mono<PageResponse<QuoteState>> list(CrmUser user, PageRequest page) {
        DataScope scope = DataScope.of(user);
        return Mono.zip(quotes.page(scope, page).collectList(), quotes.count(scope))
                .map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    private Mono<QuoteState> change(UUID id, CrmUser user, java.util.function.Function<Quote, QuoteEvent> command) {
        return get(id, user).flatMap(stored -> {
            Quote quote = Quote.restore(stored);
            QuoteEvent event = command.apply(quote);
            return quotes.update(quote.state()).then(publisher.publish(List.of(event))).thenReturn(quote.state());
        }).as(transactions::transactional);
    }

    /** Prices the offer from the catalogue's list prices; a bad product or terms is a 400 naming the field. */
    private Mono<Quote.Offer> offer(OfferRequest request) {
        @Nullable String termsProblem = request.paymentTerms() == null ? null
                : PaymentTerms.problem(request.paymentTerms());
        if (termsProblem != null) {
            return Mono.error(new InvalidFieldException("paymentTerms", termsProblem));
        }
        return catalogue.entries(request.lines().stream().map(OfferLine::productId).toList()).map(products -> {
            List<QuoteLine> lines = new ArrayList<>();
            for (int i = 0; i < request.lines().size(); i++) {
                lines.add(priced(request.lines().get(i), products, i));
            }
            PaymentTerms terms = request.paymentTerms() == null ? policy.defaultTerms()
                    : new PaymentTerms(request.paymentTerms());
            return new Quote.Offer(lines, request.valuePackage(), request.overallDiscountPercent(), terms);
        });
    }

    private static QuoteLine priced(OfferLine line, Map<UUID, ProductState> products, int index) {
        ProductState product = products.get(line.productId());
        if (product == null || !product.active()) {
            throw new InvalidFieldException("lines[" + index + "].productId", "is not an active product of the catalogue");
        }
        return QuoteLine.priced(product.id(), product.name(), line.quantity(), product.listPrice(),
                line.discountPercent());
    }

    /**
     * Asked inside the signing transaction, before the quote is written, whether it may be signed; a refusal names its
     * rule (negotiation's open issues, O-12; contract review's approvals, O-13) and rolls everything back. A gate that
     * lets the signature through records what it means for its own feature in the same transaction (O-13: the contract
     * review is signed and, with its document known, archived). Implemented by the features that own those rules, so
     * the quote feature depends on none of them.
     */
    public interface SignatureGate {

        /** Completes empty when {@code quote} may be signed at {@code signedAt}; errors with the refusal otherwise. */
        Mono<Void> signing(QuoteState quote, Instant signedAt);
    }

    /** What the caller offers: value package first, then the products with their discounts, then the terms. */
    public record OfferRequest(ValuePackage valuePackage, List<OfferLine> lines, BigDecimal overallDiscountPercent,
                               @Nullable List<PaymentTerms.Milestone> paymentTerms) {
    }

    /** One product of the offer and its discount off list, in percent. */
    public record OfferLine(UUID productId, int quantity, BigDecimal discountPercent) {
    }

    /** O-16: sales support takes a phone inquiry (routed to the owning rep) but never creates or changes a quote. */
    static final class SupportDoesNotQuote {

        private SupportDoesNotQuote() {
        }

        static void check(CrmUser user) {
            if (user.has(Role.SALES_SUPPORT) && !user.hasAny(Role.SALES_REP, Role.ACCOUNT_MANAGER, Role.SALES_MANAGER,
                    Role.SALES_DIRECTOR, Role.GENERAL_MANAGER)) {
                throw new ForbiddenByRule("O-16", "Sales support does not quote; record an inquiry "
                        + "(POST /api/inquiries) and the owning rep quotes");
            }
        }
    }

    /** C-8: a handed-over customer's quotes move to its new owner and team, in the inbox transaction. */
    @Component
    static class QuotesFollowTheirCustomer implements OwnershipListener {

        private final Quotes quotes;

        QuotesFollowTheirCustomer(Quotes quotes) {
            this.quotes = quotes;
        }

        @Override
        public Mono<Void> ownerChanged(CustomerOwnership ownership) {
            return quotes.reassign(ownership.customerId(), ownership.ownerId(), ownership.team());
        }
    }
}
