package com.acme.crm.order.quote;

import com.acme.crm.order.customer.CustomerOwnership;
import com.acme.crm.order.customer.OwnershipListener;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** C-8: a handed-over customer's quotes move to its new owner and team, in the inbox transaction. */
@Component
class QuotesFollowTheirCustomer implements OwnershipListener {

    private final Quotes quotes;

    QuotesFollowTheirCustomer(Quotes quotes) {
        this.quotes = quotes;
    }

    @Override
    public Mono<Void> ownerChanged(CustomerOwnership ownership) {
        return quotes.reassign(ownership.customerId(), ownership.ownerId(), ownership.team());
    }
}
