package com.acme.crm.order.order;

import reactor.core.publisher.Mono;

/**
 * O-3: the port a quote's signature opens its order through. The quote feature calls it inside the transaction that
 * signs the quote, so the signature, the order and {@code OrderSigned} commit together or not at all.
 */
public interface OrderBook {

    /** Opens the order of a signed quote with its milestones, delivery date and penalty rate; emits the order. */
    Mono<Order> open(SignedQuote quote);
}
