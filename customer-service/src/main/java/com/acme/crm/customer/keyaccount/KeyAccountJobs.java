package com.acme.crm.customer.keyaccount;

import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.Customers;
import com.acme.crm.customer.followup.Task;
import com.acme.crm.customer.followup.Tasks;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * C-12, quarterly: opens the quarter's business reviews (A-tier) and in-depth conversations (active customers) for
 * their owners ({@link KeyAccountRhythm}), in batches: one locking claim, one read of the customers, one insert of
 * the (customer, quarter, kind) records that make a rerun, a restart or a second replica open nothing twice, and one
 * insert of the tasks, all in one transaction.
 */
@Component
public class KeyAccountJobs {

    public static final String JOB = "key-account-rhythm";

    private final KeyAccounts keyAccounts;
    private final Customers customers;
    private final Tasks tasks;
    private final Jobs jobs;
    private final Clock clock;
    private final CustomerProperties customerProperties;
    private final KeyAccountRhythm rhythm;

    KeyAccountJobs(KeyAccounts keyAccounts, Customers customers, Tasks tasks, Jobs jobs, Clock clock,
                   CustomerProperties customerProperties, KeyAccountProperties properties) {
        this.keyAccounts = keyAccounts;
        this.customers = customers;
        this.tasks = tasks;
        this.jobs = jobs;
        this.clock = clock;
        this.customerProperties = customerProperties;
        this.rhythm = new KeyAccountRhythm(customerProperties.businessZone(), properties.dueAfterQuarterStart());
    }

    /** One run for the quarter of now (business zone); emits how many customers it looked at. */
    public Mono<Long> openQuarter() {
        return openQuarterAt(clock.instant());
    }

    /**
     * The run as at {@code now}: the schedule passes the clock's time; a test passes another (the shared test clock
     * only moves forward, so the last minute of a quarter is tried without moving it there).
     */
    public Mono<Long> openQuarterAt(Instant now) {
        Quarter quarter = rhythm.quarterOf(now);
        return jobs.inBatches(JOB, customerProperties.jobBatchSize(),
                limit -> keyAccounts.lockOwed(quarter, now, limit),
                batch -> open(batch, quarter, now));
    }

    private Mono<Void> open(List<KeyAccounts.Candidate> batch, Quarter quarter, Instant now) {
        return customers.findAllById(batch.stream().map(KeyAccounts.Candidate::customerId).toList())
                .collectMap(Customer::id, Function.identity()).flatMap(found -> {
                    List<KeyAccounts.Opened> opened = new ArrayList<>();
                    Map<UUID, Task> byId = new HashMap<>();
                    for (KeyAccounts.Candidate candidate : batch) {
                        Customer customer = found.get(candidate.customerId());
                        if (customer == null) {
                            continue;
                        }
                        for (RhythmTask owed : KeyAccountRhythm.owed(customer, candidate.opened(), now)) {
                            Task task = rhythm.open(customer, owed, quarter, now);
                            opened.add(new KeyAccounts.Opened(customer.id(), owed, task.id()));
                            byId.put(task.id(), task);
                        }
                    }
                    return keyAccounts.record(quarter, opened, now).collect(Collectors.toCollection(HashSet::new))
                            .flatMap(recorded -> tasks.openAll(byId.values().stream()
                                    .filter(task -> recorded.contains(task.id())).toList()));
                });
    }
}
