package com.acme.crm.customer.followup;

import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.Customers;

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
 * A complaint puts the customer at risk: the customer's current owner gets a {@link TaskKind#RETENTION} task,
 * due at once and escalating to the manager one tier cadence later (C-2). Called once per complaint: the inbox keeps
 * a redelivered event from opening a second task.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final Customers customers;
    private final Tasks tasks;
    private final FollowUps followUps;
    private final Clock clock;

    Retention(Customers customers, Tasks tasks, FollowUps followUps, Clock clock) {
        this.customers = customers;
        this.tasks = tasks;
        this.followUps = followUps;
        this.clock = clock;
    }

    /**
     * A complaint was raised against {@code customerId}: one open retention task for the customer's owner. A customer
     * this service does not know is skipped (logged by id only), never retried: it would not appear on a retry.
     */
    public Mono<Void> complaintRaised(UUID customerId, UUID complaintId) {
        Instant now = clock.instant();
        return customers.findById(customerId).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(found -> found.map(customer -> open(customer, complaintId, now)).orElseGet(() -> {
                    log.warn("Complaint {} concerns customer {}, unknown here: no retention task", complaintId,
                            customerId);
                    return Mono.empty();
                }));
    }

    private Mono<Void> open(Customer customer, UUID complaintId, Instant now) {
        return tasks.openAll(List.of(Task.open(customer, TaskKind.RETENTION, now,
                now.plus(followUps.cadenceOf(customer.tier())), now,
                "complaint " + complaintId + " raised (A-2): keep the customer")));
    }
}
