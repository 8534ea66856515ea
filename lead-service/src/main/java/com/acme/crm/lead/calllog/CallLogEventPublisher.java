package com.acme.crm.lead.calllog;

import reactor.core.publisher.Mono;

/** Publishes call-log events; called inside the transaction that made the change (the outbox makes them atomic). */
public interface CallLogEventPublisher {

    Mono<Void> publish(CallLogEvent event);
}
