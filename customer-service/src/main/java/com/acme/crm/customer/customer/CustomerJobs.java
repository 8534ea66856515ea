package com.acme.crm.customer.customer;

import com.acme.crm.chassis.clock.ScheduledWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The follow-up engine's clock work: escalates follow-ups past due by a full cadence (C-2), resumes ended pauses
 * with a new-value touch (C-6), marks customers dormant with a reactivation task (C-9) and recomputes tiers whose
 * purchases aged out (C-1). Runs every {@code crm.customer.job-interval} and at once when the clock moves; rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so every replica may run it.
 */
@Component
public class CustomerJobs extends ScheduledWork {

    private final Customers customers;
    private final Tasks tasks;
    private final Tiers tiers;
    private final CustomerChanges changes;
    private final CustomerEventPublisher events;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final CustomerProperties properties;

    CustomerJobs(Customers customers, Tasks tasks, Tiers tiers, CustomerChanges changes, CustomerEventPublisher events,
                 ReactiveTransactionManager transactions, Clock clock, CustomerProperties properties) {
        super("Customer follow-up jobs", properties.jobInterval(), true);
        this.customers = customers;
        this.tasks = tasks;
        this.tiers = tiers;
        this.changes = changes;
        this.events = events;
        this.transactions = TransactionalOperator.create(transactions);
        this.clock = clock;
        this.properties = properties;
    }

    /** C-2: publishes {@code FollowUpOverdue} once per task past due by a full cadence. */
    public Mono<Long> escalate() {
        Instant now = clock.instant();
        return transactions.transactional(tasks.lockEscalations(now, properties.jobBatchSize())
                .concatMap(task -> customers.findById(task.customerId())
                        .flatMap(customer -> tasks.markEscalated(task.id(), now)
                                .then(changes.publish(new CustomerEvent.FollowUpOverdue(customer, task, now), "system",
                                        "FOLLOW_UP_ESCALATED", Map.of("task", task.id().toString(),
                                                "kind", task.kind().name())))))
                .count());
    }

    /** C-6: pauses that ended resume with a new-value touch. */
    public Mono<Long> resumePauses() {
        Instant now = clock.instant();
        return transactions.transactional(customers.lockEndedPauses(now, properties.jobBatchSize())
                .concatMap(customer -> {
                    customer.resume();
                    return tasks.openAll(List.of(Task.open(customer, TaskKind.RESUME_TOUCH, now,
                                    now.plus(properties.cadence().of(customer.tier())), now,
                                    "pause ended: resume with a new-value touch (C-6)")))
                            .then(changes.save(customer, new CustomerEvent.Resumed(customer, now), "system",
                                    "RESUMED", Map.of()));
                })
                .count());
    }

    /** C-9: six months without a purchase: dormant, with a reactivation task. */
    public Mono<Long> markDormant() {
        Instant now = clock.instant();
        return transactions.transactional(customers.lockDormancyCandidates(now.minus(properties.dormantAfter()),
                        properties.jobBatchSize())
                .concatMap(customer -> {
                    customer.markDormant(now);
                    Task task = Task.open(customer, TaskKind.REACTIVATION, now,
                            now.plus(properties.cadence().of(customer.tier())), now,
                            "no purchase for 6 months: reactivate (C-9)");
                    return tasks.openAll(List.of(task))
                            .then(changes.save(customer, new CustomerEvent.Dormant(customer, task.id(), now), "system",
                                    "DORMANT", Map.of("task", task.id().toString())));
                })
                .count());
    }

    /** One pass of every job; also what the tests call after moving the clock. */
    @Override
    public Mono<Void> runOnce() {
        return markDormant().then(resumePauses()).then(escalate()).then(tiers.recomputeStale()).then();
    }
}
