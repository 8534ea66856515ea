package com.acme.crm.lead.followup;

import com.acme.crm.lead.LeadProperties;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadChanges;
import com.acme.crm.lead.lead.LeadEvent;
import com.acme.crm.lead.lead.LeadRepository;
import com.acme.crm.chassis.jobs.Jobs;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The lead clocks: reports each passed deadline once (L-2) and opens a nurture task for every open lead untouched
 * for a quarter (L-7). Both claim bounded batches ({@code FOR UPDATE SKIP LOCKED}) through the chassis' {@link Jobs},
 * which drains each claim before acting on it, so any number of due leads is handled, by any number of replicas,
 * each lead once.
 */
@Component
public class LeadDeadlines {

    static final String BREACH_JOB = "lead-sla-breaches";
    static final String NURTURE_JOB = "lead-nurture";

    private final LeadRepository leads;
    private final LeadChanges changes;
    private final LeadTasks tasks;
    private final Jobs jobs;
    private final Clock clock;
    private final LeadProperties properties;

    LeadDeadlines(LeadRepository leads, LeadChanges changes, LeadTasks tasks, Jobs jobs, Clock clock,
                  LeadProperties properties) {
        this.leads = leads;
        this.changes = changes;
        this.tasks = tasks;
        this.jobs = jobs;
        this.clock = clock;
        this.properties = properties;
    }

    /** L-2: publishes a breach for every lead past a deadline; emits how many leads breached. */
    public Mono<Long> reportBreaches() {
        Instant now = clock.instant();
        return jobs.inBatches(BREACH_JOB, properties.deadlineBatchSize(),
                limit -> leads.lockBreachCandidates(now, limit),
                batch -> {
                    List<LeadChanges.Change> breaches = new ArrayList<>();
                    for (Lead lead : batch) {
                        for (LeadEvent.SlaBreached breach : lead.detectBreaches(now)) {
                            breaches.add(new LeadChanges.Change(breach, "SLA_BREACHED",
                                    Map.of("sla", breach.sla().name(), "dueAt", breach.dueAt().toString())));
                        }
                    }
                    return Flux.fromIterable(batch).concatMap(leads::update).then(changes.publishAll("system", breaches));
                });
    }

    /** L-7: opens a nurture task for every open lead untouched for the nurture interval; emits how many. */
    public Mono<Long> openNurtureTasks() {
        Instant now = clock.instant();
        return jobs.inBatches(NURTURE_JOB, properties.deadlineBatchSize(),
                limit -> leads.lockNurtureCandidates(now.minus(properties.nurtureInterval()), limit),
                batch -> {
                    List<LeadTasks.Task> opened = new ArrayList<>(batch.size());
                    Map<UUID, LeadChanges.Change> dueByTask = new LinkedHashMap<>();
                    for (Lead lead : batch) {
                        UUID taskId = UUID.randomUUID();
                        lead.nurtureDue(now, properties.nurtureInterval(), taskId).ifPresent(due -> {
                            opened.add(new LeadTasks.Task(taskId, lead.id(), lead.ownerId(), lead.team(), "NURTURE",
                                    now, now));
                            dueByTask.put(taskId, new LeadChanges.Change(due, "NURTURE_DUE",
                                    Map.of("task", taskId.toString())));
                        });
                    }
                    // A run of another replica may have opened some first: publish only for the tasks opened here.
                    return tasks.openAllIfNoneOpen(opened).collect(Collectors.toSet()).flatMap(ours -> {
                        dueByTask.keySet().retainAll(ours);
                        return changes.publishAll("system", List.copyOf(dueByTask.values()));
                    });
                });
    }
}
