package com.acme.crm.order.inquiry;

import com.acme.crm.chassis.security.DataScope;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The stored inquiries. */
public interface Inquiries {

    Mono<Void> insert(Inquiry inquiry);

    /** The newest inquiries in the scope (a rep: those routed to them). */
    Flux<Inquiry> latest(DataScope scope, int limit);
}
