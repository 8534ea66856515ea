package com.acme.crm.customer.customer;

import com.acme.crm.chassis.jobs.Jobs;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The follow-up engine's clock work: escalates follow-ups past due by a full cadence (C-2), resumes ended pauses
 * with a new-value touch (C-6), marks customers dormant with a reactivation task (C-9) and, nightly, recomputes tiers
 * whose purchases aged out (C-1). Each claims bounded batches ({@code FOR UPDATE SKIP LOCKED}) through the chassis'
 * {@link Jobs}, which drains a claim before acting on it, so any number of due rows is handled, by any number of
 * replicas, each once. The schedules are in {@link CustomerJobSchedules}.
 */
@Component
public class CustomerJobs {

    static final String ESCALATION = "customer-escalation";
    static final String PAUSE_RESUME = "customer-pause-resume";
    static final String DORMANCY = "customer-dormancy";
    static final String TIER_RECOMPUTE = "customer-tier-recompute";

    private final Customers customers;
    private final Tasks tasks;
    private final Tiers tiers;
    private final CustomerChanges changes;
    private final Jobs jobs;
    private final Clock clock;
    private final CustomerProperties properties;

    CustomerJobs(Customers customers, Tasks tasks, Tiers tiers, CustomerChanges changes, Jobs jobs, Clock clock,
                 CustomerProperties properties) {
        this.customers = customers;
        this.tasks = tasks;
        this.tiers = tiers;
        this.changes = changes;
        this.jobs = jobs;
        this.clock = clock;
        this.properties = properties;
    }

    /** C-2: publishes {@code FollowUpOverdue} once per task past due by a full cadence; emits how many. */
    public Mono<Long> escalate() {
        Instant now = clock.instant();
        return jobs.inBatches(ESCALATION, properties.jobBatchSize(),
                limit -> tasks.lockEscalations(now, limit),
                batch -> customers.findAllById(batch.stream().map(Task::customerId).collect(Collectors.toSet()))
                        .collectMap(Customer::id, Function.identity())
                        .flatMap(byId -> {
                            List<CustomerChanges.Change> escalated = new ArrayList<>(batch.size());
                            for (Task task : batch) {
                                Customer customer = byId.get(task.customerId());
                                escalated.add(new CustomerChanges.Change(
                                        new CustomerEvent.FollowUpOverdue(customer, task, now), "FOLLOW_UP_ESCALATED",
                                        Map.of("task", task.id().toString(), "kind", task.kind().name())));
                            }
                            return tasks.markEscalated(batch.stream().map(Task::id).toList(), now)
                                    .then(changes.publishAll("system", escalated));
                        }));
    }

    /** C-6: pauses that ended resume with a new-value touch; emits how many. */
    public Mono<Long> resumePauses() {
        Instant now = clock.instant();
        return jobs.inBatches(PAUSE_RESUME, properties.jobBatchSize(),
                limit -> customers.lockEndedPauses(now, limit),
                batch -> {
                    List<Task> touches = new ArrayList<>(batch.size());
                    List<CustomerChanges.Change> resumed = new ArrayList<>(batch.size());
                    for (Customer customer : batch) {
                        customer.resume();
                        touches.add(Task.open(customer, TaskKind.RESUME_TOUCH, now,
                                now.plus(properties.cadence().of(customer.tier())), now,
                                "pause ended: resume with a new-value touch (C-6)"));
                        resumed.add(new CustomerChanges.Change(new CustomerEvent.Resumed(customer, now), "RESUMED",
                                Map.of()));
                    }
                    return updateAll(batch).then(tasks.openAll(touches)).then(changes.publishAll("system", resumed));
                });
    }

    /** C-9: six months without a purchase: dormant, with a reactivation task; emits how many. */
    public Mono<Long> markDormant() {
        Instant now = clock.instant();
        return jobs.inBatches(DORMANCY, properties.jobBatchSize(),
                limit -> customers.lockDormancyCandidates(now.minus(properties.dormantAfter()), limit),
                batch -> {
                    List<Task> reactivations = new ArrayList<>(batch.size());
                    List<CustomerChanges.Change> dormant = new ArrayList<>(batch.size());
                    for (Customer customer : batch) {
                        customer.markDormant(now);
                        Task task = Task.open(customer, TaskKind.REACTIVATION, now,
                                now.plus(properties.cadence().of(customer.tier())), now,
                                "no purchase for 6 months: reactivate (C-9)");
                        reactivations.add(task);
                        dormant.add(new CustomerChanges.Change(new CustomerEvent.Dormant(customer, task.id(), now),
                                "DORMANT", Map.of("task", task.id().toString())));
                    }
                    return updateAll(batch).then(tasks.openAll(reactivations))
                            .then(changes.publishAll("system", dormant));
                });
    }

    /** C-1, nightly: every customer whose trailing purchases moved (orders aging out of the window); emits how many. */
    public Mono<Long> recomputeTiers() {
        Instant since = clock.instant().minus(properties.tierWindow());
        return jobs.inBatches(TIER_RECOMPUTE, properties.jobBatchSize(),
                limit -> customers.staleTiers(since, limit),
                ids -> Flux.fromIterable(ids).concatMap(tiers::recompute).then());
    }

    private Mono<Void> updateAll(List<Customer> batch) {
        return Flux.fromIterable(batch).concatMap(customers::update).then();
    }
}
