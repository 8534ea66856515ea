package com.acme.crm.aftersales.inspection;

import com.acme.crm.aftersales.customer.AftersalesScope;
import com.acme.crm.aftersales.survey.Quarter;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Proactive inspections: learns which customers have an accepted order, gives each one inspection per quarter
 * (a job), owned by the customer's team (its service agents see and complete it), and lists due, overdue and done.
 */
@Component
public class InspectionDesk {

    /** The quarterly inspection round's job name, in logs, metrics and {@code crm.jobs.timeouts.*}. */
    public static final String QUARTERLY_JOB = "aftersales-quarterly-inspections";

    private final Inspections inspections;
    private final InspectionEventPublisher publisher;
    private final TransactionalOperator transactions;
    private final Jobs jobs;
    private final InspectionProperties properties;
    private final Clock clock;

    InspectionDesk(Inspections inspections, InspectionEventPublisher publisher, TransactionalOperator transactions,
                   Jobs jobs, InspectionProperties properties, Clock clock) {
        this.inspections = inspections;
        this.publisher = publisher;
        this.transactions = transactions;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    /** the customer has an accepted order, so it is inspected every quarter. Runs in the inbox transaction. */
    public Mono<Void> orderAccepted(UUID customerId, String ownerId, String team) {
        return inspections.markCustomer(customerId, ownerId, team, now());
    }

    /** this quarter's inspection for every customer with an accepted order still without one; emits how many. */
    public Mono<Long> scheduleQuarterlyInspections() {
        Instant now = now();
        Quarter quarter = Quarter.of(now, properties.businessZone());
        return jobs.inBatches(QUARTERLY_JOB, properties.batchSize(),
                limit -> inspections.lockCustomersWithoutInspection(quarter, limit),
                batch -> {
                    List<InspectionState> due = batch.stream().map(c -> Inspection.schedule(c.customerId(),
                            c.ownerId(), c.team(), quarter, properties.businessZone(), now).state()).toList();
                    return inspections.insertAllIfNew(due)
                            // Drained before publishing: R2DBC runs no statement while a result still streams.
                            .collectList()
                            .flatMapMany(Flux::fromIterable)
                            .concatMap(stored -> publisher.publish(Inspection.restore(stored).due()))
                            .then();
                });
    }

    /** a service agent of the team (or its manager) records the inspection done, once (422 naming A-5). */
    public Mono<InspectionState> complete(UUID id, String findings, CrmUser user) {
        return get(id, user).flatMap(stored -> {
            Inspection inspection = Inspection.restore(stored);
            InspectionEvent event = inspection.complete(findings, user.id(), now());
            return inspections.update(inspection.state()).then(publisher.publish(event))
                    .thenReturn(inspection.state());
        }).as(transactions::transactional);
    }

    /** An inspection of the caller's team (or all, for directors); outside it looks missing. */
    public Mono<InspectionState> get(UUID id, CrmUser user) {
        DataScope scope = AftersalesScope.of(user);
        return inspections.find(id)
                .filter(i -> scope.includes(i.ownerId(), i.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Inspection", id)));
    }

    /** the inspections of the caller's scope, due, overdue or done (or all), soonest due first. */
    public Mono<PageResponse<InspectionState>> list(@Nullable InspectionStatus status, CrmUser user,
                                                   PageRequest page) {
        DataScope scope = AftersalesScope.of(user);
        Instant now = now();
        return Mono.zip(inspections.page(scope, status, now, page).collectList(),
                        inspections.count(scope, status, now))
                .map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }


    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
