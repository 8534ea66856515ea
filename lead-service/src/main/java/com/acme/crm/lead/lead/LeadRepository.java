package com.acme.crm.lead.lead;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Where leads, their captures and contacts are kept; the persistence adapter implements it. */
public interface LeadRepository {

    /** Stores a new lead and its first capture. */
    Mono<Void> insert(Lead lead);

    /** Stores new leads and their first captures in one round trip (bulk import). */
    Mono<Void> insertAll(List<Lead> leads);

    /** Stores a changed lead; fails with an optimistic-locking error if someone changed it meanwhile. */
    Mono<Void> update(Lead lead);

    Mono<Lead> findById(UUID id);

    /**
     * The lead, its row locked until the caller's transaction ends: a command waits for a job's batch that holds it
     * (and the job skips it) instead of failing on a version the job moved.
     */
    Mono<Lead> lockById(UUID id);

    Mono<PageResponse<Lead>> search(LeadQuery query, DataScope scope, PageRequest page);

    /**
     * L-3: serialises captures of the same prospect until the end of the transaction, so two concurrent captures
     * cannot both create a lead.
     */
    Mono<Void> lockFingerprints(Collection<String> fingerprints);

    /** L-3: the oldest open lead with one of these contact fingerprints. */
    Mono<Lead> findOpenByFingerprints(Collection<String> fingerprints);

    /** L-3: every open lead with any of these fingerprints, oldest first. */
    Flux<Lead> findAllOpenByFingerprints(Collection<String> fingerprints);

    Mono<Void> recordCapture(UUID leadId, Channel channel, String capturedBy, Instant at);

    Mono<Void> recordContact(UUID leadId, Contact contact, String recordedBy);

    Flux<ContactEntry> contacts(UUID leadId);

    /** L-2: open leads past a deadline not yet reported, locked for this transaction (other replicas skip them). */
    Flux<Lead> lockBreachCandidates(Instant now, int limit);

    /** L-7: open leads untouched since the cutoff and without an open nurture task, locked for this transaction. */
    Flux<Lead> lockNurtureCandidates(Instant untouchedSince, int limit);

    /** One stored contact, as the API lists it. */
    record ContactEntry(UUID id, Contact contact, String recordedBy) {
    }
}
