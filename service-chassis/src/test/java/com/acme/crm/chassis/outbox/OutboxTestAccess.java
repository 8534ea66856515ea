package com.acme.crm.chassis.outbox;

import org.springframework.context.ApplicationContext;

import reactor.core.publisher.Mono;

/** Lets the chassis' integration tests run housekeeping on demand instead of waiting for its interval. */
public final class OutboxTestAccess {

    private OutboxTestAccess() {
    }

    public static Mono<Long> deletePublished(ApplicationContext context) {
        return context.getBean(OutboxHousekeeping.class).deletePublished();
    }

    public static Mono<Void> refreshStats(ApplicationContext context) {
        return context.getBean(OutboxHousekeeping.class).refreshStats();
    }
}
