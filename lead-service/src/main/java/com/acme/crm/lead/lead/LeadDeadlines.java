package com.acme.crm.lead.lead;

import com.acme.crm.chassis.clock.ClockAdvanced;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

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
public class LeadDeadlines implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LeadDeadlines.class);

    private final LeadRepository leads;
    private final LeadChanges changes;
    private final LeadTasks tasks;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final LeadProperties properties;
    private final Sinks.Many<Boolean> triggers = Sinks.many().multicast().directBestEffort();
    private volatile Disposable loop;

    LeadDeadlines(LeadRepository leads, LeadChanges changes, LeadTasks tasks, ReactiveTransactionManager transactions,
                  Clock clock, LeadProperties properties) {
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

    @EventListener
    void clockMoved(ClockAdvanced event) {
        triggers.tryEmitNext(Boolean.TRUE);
    }

    @Override
    public void start() {
        loop = Flux.merge(Flux.interval(properties.deadlineCheckInterval()).map(tick -> Boolean.TRUE), triggers.asFlux())
                .onBackpressureDrop()
                .concatMap(tick -> reportBreaches().then(openNurtureTasks())
                        .onErrorResume(e -> {
                            log.warn("Lead deadline check failed, retrying at the next tick: {}", e.toString());
                            return Mono.empty();
                        }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        if (loop != null) {
            loop.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null && !loop.isDisposed();
    }
}
