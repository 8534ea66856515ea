package com.acme.crm.customer.followup;

import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerChanges;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.Customers;

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
 * The follow-up engine's clock work: escalates follow-ups past due by a full cadence (C-2) and resumes ended pauses
 * with a new-value touch (C-6). Each claims bounded batches ({@code FOR UPDATE SKIP LOCKED}) through the chassis'
 * {@link Jobs}, which drains a claim before acting on it, so any number of due rows is handled, by any number of
 * replicas, each once. The schedules are in {@link FollowUpJobSchedules}.
 */
@Component
public class FollowUpJobs {

    public static final String ESCALATION = "customer-escalation";
    public static final String PAUSE_RESUME = "customer-pause-resume";

    private final Customers customers;
    private final Tasks tasks;
    private final FollowUps followUps;
    private final CustomerChanges changes;
    private final Jobs jobs;
    private final Clock clock;
    private final CustomerProperties properties;

    FollowUpJobs(Customers customers, Tasks tasks, FollowUps followUps, CustomerChanges changes, Jobs jobs,
                 Clock clock, CustomerProperties properties) {
        this.customers = customers;
        this.tasks = tasks;
        this.followUps = followUps;
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
                                escalated.add(new CustomerChanges.Change(customer.followUpOverdue(task.id(),
                                        task.ownerId(), task.kind().name(), task.dueAt(), now), "FOLLOW_UP_ESCALATED",
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
                        resumed.add(new CustomerChanges.Change(customer.resume(now), "RESUMED", Map.of()));
                        touches.add(Task.open(customer, TaskKind.RESUME_TOUCH, now,
                                now.plus(followUps.cadenceOf(customer.tier())), now,
                                "pause ended: resume with a new-value touch (C-6)"));
                    }
                    return updateAll(batch).then(tasks.openAll(touches)).then(changes.publishAll("system", resumed));
                });
    }

    private Mono<Void> updateAll(List<Customer> batch) {
        return Flux.fromIterable(batch).concatMap(customers::update).then();
    }
}
