package com.acme.crm.lead.lead;

import com.acme.crm.chassis.clock.ScheduledWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The lead clocks: reports each passed deadline once (L-2) and opens a nurture task for every open lead untouched
 * for a quarter (L-7). Runs every {@code crm.lead.deadline-check-interval} and at once when the clock is moved.
 * Every replica may run it: rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so no lead is handled twice.
 */
@Component
public class LeadDeadlines extends ScheduledWork {

    private final LeadRepository leads;
    private final LeadChanges changes;
    private final LeadTasks tasks;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final LeadProperties properties;

    LeadDeadlines(LeadRepository leads, LeadChanges changes, LeadTasks tasks, ReactiveTransactionManager transactions,
                  Clock clock, LeadProperties properties) {
        super("Lead deadline check", properties.deadlineCheckInterval(), true);
        this.leads = leads;
        this.changes = changes;
        this.tasks = tasks;
        this.transactions = TransactionalOperator.create(transactions);
        this.clock = clock;
        this.properties = properties;
    }

    /** L-2: publishes a breach for every lead past a deadline; returns how many leads breached. */
    public Mono<Long> reportBreaches() {
        return batches(() -> transactions.transactional(leads.lockBreachCandidates(clock.instant(),
                        properties.deadlineBatchSize())
                .concatMap(lead -> Flux.fromIterable(lead.detectBreaches(clock.instant()))
                        .concatMap(breach -> changes.publish(breach, "system", "SLA_BREACHED",
                                Map.of("sla", breach.sla().name(), "dueAt", breach.dueAt().toString())))
                        .then(leads.update(lead)))
                .count()));
    }

    /** L-7: opens a nurture task for every open lead untouched for the nurture interval; returns how many. */
    public Mono<Long> openNurtureTasks() {
        return batches(() -> {
            Instant now = clock.instant();
            return transactions.transactional(leads.lockNurtureCandidates(now.minus(properties.nurtureInterval()),
                            properties.deadlineBatchSize())
                    .concatMap(lead -> {
                        LeadTasks.Task task = new LeadTasks.Task(UUID.randomUUID(), lead.id(), lead.ownerId(),
                                lead.team(), "NURTURE", now, now);
                        return tasks.open(task).then(changes.publish(new LeadEvent.NurtureDue(lead, task.id(), now),
                                "system", "NURTURE_DUE", Map.of("task", task.id().toString())));
                    })
                    .count());
        });
    }

    /** Repeats a batch while batches come back full. */
    private Mono<Long> batches(java.util.function.Supplier<Mono<Long>> batch) {
        return Mono.defer(batch)
                .expand(done -> done >= properties.deadlineBatchSize() ? Mono.defer(batch) : Mono.empty())
                .reduce(0L, Long::sum);
    }

    @Override
    public Mono<Long> runOnce() {
        return reportBreaches().then(openNurtureTasks());
    }
}
