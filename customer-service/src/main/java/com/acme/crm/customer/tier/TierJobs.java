package com.acme.crm.customer.tier;

import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerChanges;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.Customers;
import com.acme.crm.customer.followup.FollowUps;
import com.acme.crm.customer.followup.Task;
import com.acme.crm.customer.followup.TaskKind;
import com.acme.crm.customer.followup.Tasks;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the clock does to purchases: marks customers dormant with a reactivation task (C-9) and, nightly, recomputes
 * tiers whose purchases aged out (C-1). Both claim bounded batches ({@code FOR UPDATE SKIP LOCKED}) through the
 * chassis' {@link Jobs}; the schedules are in {@link TierJobSchedules}.
 */
@Component
public class TierJobs {

    public static final String DORMANCY = "customer-dormancy";
    public static final String TIER_RECOMPUTE = "customer-tier-recompute";

    private final Customers customers;
    private final Tasks tasks;
    private final FollowUps followUps;
    private final Tiers tiers;
    private final CustomerChanges changes;
    private final Jobs jobs;
    private final Clock clock;
    private final CustomerProperties properties;

    TierJobs(Customers customers, Tasks tasks, FollowUps followUps, Tiers tiers, CustomerChanges changes, Jobs jobs,
             Clock clock, CustomerProperties properties) {
        this.customers = customers;
        this.tasks = tasks;
        this.followUps = followUps;
        this.tiers = tiers;
        this.changes = changes;
        this.jobs = jobs;
        this.clock = clock;
        this.properties = properties;
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
                        Task task = Task.open(customer, TaskKind.REACTIVATION, now,
                                now.plus(followUps.cadenceOf(customer.tier())), now,
                                "no purchase for 6 months: reactivate (C-9)");
                        reactivations.add(task);
                        dormant.add(new CustomerChanges.Change(
                                customer.turnDormant(task.id(), properties.dormantAfter(), now), "DORMANT",
                                Map.of("task", task.id().toString())));
                    }
                    return Flux.fromIterable(batch).concatMap(customers::update).then()
                            .then(tasks.openAll(reactivations))
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
}
