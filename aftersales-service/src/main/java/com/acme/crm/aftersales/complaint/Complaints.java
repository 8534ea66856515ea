package com.acme.crm.aftersales.complaint;

import com.acme.crm.chassis.security.DataScope;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The stored complaints. */
public interface Complaints {

    Mono<Void> insert(ComplaintState complaint);

    /** Writes the complaint if its version is still the one read (else a conflict). */
    Mono<Void> update(ComplaintState complaint);

    Mono<Void> updateAll(List<ComplaintState> complaints);

    Mono<ComplaintState> find(UUID id);

    /** The newest first; with {@code escalatedOnly}, only escalated complaints not yet closed (the manager's queue). */
    Flux<ComplaintState> latest(DataScope scope, boolean escalatedOnly, int limit);

    /** locks up to {@code limit} complaints with a clock or the escalation past due and not yet reported. */
    Flux<ComplaintState> lockDue(Instant now, int limit);
}
