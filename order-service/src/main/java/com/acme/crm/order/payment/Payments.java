package com.acme.crm.order.payment;

import com.acme.crm.order.order.Payment;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** The stored payments of orders. */
public interface Payments {

    Mono<Void> insert(Payment payment);

    /** The payment, locked for the rest of the transaction. */
    Mono<Payment> lock(UUID orderId, UUID paymentId);

    /** O-10: records finance's confirmation. */
    Mono<Void> confirmed(Payment payment);

    Flux<Payment> ofOrder(UUID orderId);
}
