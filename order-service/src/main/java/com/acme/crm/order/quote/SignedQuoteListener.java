package com.acme.crm.order.quote;

import reactor.core.publisher.Mono;

/**
 * The seam to contracts (O-3): told inside the signing transaction that a quote was signed, with everything the
 * contract needs. The order feature implements it to create the order with its milestones and publish
 * {@code OrderSigned}; a failure rolls the signature back.
 */
public interface SignedQuoteListener {

    Mono<Void> quoteSigned(QuoteEvent.Signed signed);
}
