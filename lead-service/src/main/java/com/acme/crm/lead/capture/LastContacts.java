package com.acme.crm.lead.capture;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/** L-10: when a lead was last contacted (any recorded contact, inbound or outbound); empty if never. */
public interface LastContacts {

    Mono<Instant> of(UUID leadId);
}
