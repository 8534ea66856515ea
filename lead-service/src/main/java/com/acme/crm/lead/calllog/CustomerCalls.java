package com.acme.crm.lead.calllog;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/** the phone touches customer-service reports (CustomerContacted), kept for the call logs. */
public interface CustomerCalls {

    /** Keeps one phone touch, once per event id; runs inside the inbox transaction. */
    Mono<Void> record(UUID eventId, UUID customerId, String repId, String team, boolean customerInitiated, Instant at);
}
