package com.acme.crm.customer.customer;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Where customers, their people and purchases are kept; the persistence adapter implements it. */
public interface Customers {

    Mono<Void> insert(CustomerState customer);

    /** Stores a changed customer; fails with an optimistic-locking error if it was changed meanwhile. */
    Mono<Void> update(Customer customer);

    Mono<Customer> findById(UUID id);

    /**
     * The customer, its row locked until the caller's transaction ends: a command waits for a job's batch that holds
     * it (and the job skips it) instead of failing on a version the job moved.
     */
    Mono<Customer> lockById(UUID id);

    /** The customers with these ids, in one query (no N+1 in batch work). */
    Flux<Customer> findAllById(Collection<UUID> ids);

    Mono<Customer> findByLeadId(UUID leadId);

    Mono<PageResponse<CustomerState>> search(CustomerQuery query, DataScope scope, PageRequest page, Instant now);

    Mono<Void> insertContacts(UUID customerId, List<ContactPerson> people);

    Flux<ContactPerson> contacts(UUID customerId);

    /** An existing customer with a person of one of these fingerprints (duplicate registration). */
    Mono<UUID> withFingerprints(Collection<String> fingerprints);

    /** C-1: records a signed order once; false if it was already recorded. */
    Mono<Boolean> recordPurchase(UUID orderId, UUID customerId, BigDecimal amount, Instant signedAt);

    /** C-1: purchases signed after {@code since}, and the last purchase ever. */
    Mono<Purchases> purchases(UUID customerId, Instant since);

    /** C-1: locks (skipping locked rows) customers whose stored trailing purchases no longer match those since {@code since}. */
    Flux<UUID> staleTiers(Instant since, int limit);

    /** C-9: customers not yet dormant without a purchase since the cutoff, locked for this transaction. */
    Flux<Customer> lockDormancyCandidates(Instant cutoff, int limit);

    /** C-6: customers whose pause has ended, locked for this transaction. */
    Flux<Customer> lockEndedPauses(Instant now, int limit);

    /**
     * C-8: the distinct teams of the customers a handover would move (all of {@code fromOwner}'s, or the listed
     * ones, within the scope), locking those customers for this transaction.
     */
    Flux<String> lockTeamsOfHandover(DataScope scope, @Nullable String fromOwner, List<UUID> customerIds);

    /**
     * C-8: the next {@code limit} customers a handover moves (as {@link #lockTeamsOfHandover} selects them), with ids
     * after {@code after} (null: from the start), in id order.
     */
    Flux<Customer> handoverBatch(DataScope scope, @Nullable String fromOwner, List<UUID> customerIds,
                                 @Nullable UUID after, int limit);

    /**
     * C-8: stores the new owners of handed-over customers in one statement; fails with an optimistic-locking error if
     * any of them was changed meanwhile.
     */
    Mono<Void> updateOwners(List<Customer> customers);

    /** Trailing purchases and the last purchase of a customer. */
    record Purchases(BigDecimal trailing, Instant lastPurchaseAt) {
    }
}
