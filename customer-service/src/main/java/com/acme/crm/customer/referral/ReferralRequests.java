package com.acme.crm.customer.referral;

import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.Customers;
import com.acme.crm.customer.followup.Task;
import com.acme.crm.customer.followup.TaskKind;
import com.acme.crm.customer.followup.Tasks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * L-9: a signed order gives the customer's owner one {@link TaskKind#REFERRAL_REQUEST} task, due
 * {@code crm.referral.request-delay} after signing, on the due list like any follow-up. One per order: the order id
 * is claimed first, so neither a redelivered event nor a second event about the same order opens another. C-6: none
 * for a customer still paused when it would be due ({@link ReferralRequestPolicy}). Runs inside the caller's (the
 * inbox's) transaction.
 */
@Component
public class ReferralRequests {

    private static final Logger log = LoggerFactory.getLogger(ReferralRequests.class);

    private final Customers customers;
    private final Tasks tasks;
    private final Referrals referrals;
    private final Clock clock;
    private final ReferralRequestPolicy policy;

    ReferralRequests(Customers customers, Tasks tasks, Referrals referrals, Clock clock, ReferralProperties properties) {
        this.customers = customers;
        this.tasks = tasks;
        this.referrals = referrals;
        this.clock = clock;
        this.policy = properties.requestPolicy();
    }

    /** L-9: {@code orderId} of {@code customerId} was signed at {@code signedAt}. */
    public Mono<Void> orderSigned(UUID orderId, UUID customerId, Instant signedAt) {
        Instant now = clock.instant();
        return customers.findById(customerId).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(found -> found.map(customer -> decide(orderId, customer, signedAt, now)).orElseGet(() -> {
                    log.warn("Order {} was signed for customer {}, unknown here: no referral request", orderId,
                            customerId);
                    return Mono.empty();
                }));
    }

    private Mono<Void> decide(UUID orderId, Customer customer, Instant signedAt, Instant now) {
        Optional<Instant> due = policy.dueAt(customer, signedAt);
        if (due.isEmpty()) {
            return referrals.decideRequest(orderId, customer.id(), signedAt, null, "C-6", now).then();
        }
        Task task = Task.open(customer, TaskKind.REFERRAL_REQUEST, due.get(), null, now,
                "order " + orderId + " signed: ask the customer for referrals (L-9)");
        return referrals.decideRequest(orderId, customer.id(), signedAt, task.id(), null, now)
                .flatMap(first -> first ? tasks.openAll(List.of(task)) : Mono.empty());
    }
}
