package com.acme.crm.aftersales.complaint;

import com.acme.crm.aftersales.AftersalesProperties;
import com.acme.crm.aftersales.customer.AftersalesScope;
import com.acme.crm.aftersales.customer.CustomerDirectory;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.NotFoundException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * records complaints about customers the caller may see and moves them through apology and plan, execution,
 * callback and closure, each change and its event in one transaction. A complaint outside the caller's data scope is
 * answered like a missing one (404).
 */
@Component
public class ComplaintDesk {

    private final Complaints complaints;
    private final CustomerDirectory customers;
    private final ComplaintEventPublisher publisher;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final ComplaintPolicy policy;
    private final int maxPageSize;

    ComplaintDesk(Complaints complaints, CustomerDirectory customers, ComplaintEventPublisher publisher,
                  TransactionalOperator transactions, Clock clock, AftersalesProperties properties) {
        this.complaints = complaints;
        this.customers = customers;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policyOf(properties);
        this.maxPageSize = properties.maxPageSize();
    }

    public static ComplaintPolicy policyOf(AftersalesProperties properties) {
        AftersalesProperties.Complaints c = properties.complaints();
        return new ComplaintPolicy(c.apologyWithin(), c.executionWithin(), c.callbackWithin(), c.escalateAfter());
    }

    public Mono<ComplaintState> raise(UUID customerId, String complainant, ComplaintChannel channel, String content,
                                      @Nullable UUID relatedOrderId, CrmUser user) {
        return customers.require(customerId, user, ComplaintPolicy.RULE)
                .map(customer -> Complaint.raise(UUID.randomUUID(), customerId, customer.ownerId(), customer.team(),
                        complainant, channel, content, relatedOrderId, user.id(), now(), policy))
                .flatMap(complaint -> complaints.insert(complaint.state())
                        .then(publisher.publishAll(List.of(complaint.raised())))
                        .thenReturn(complaint.state()))
                .as(transactions::transactional);
    }

    public Mono<ComplaintState> plan(UUID id, String initialPlan, CrmUser user) {
        return change(id, user, (complaint, at) -> {
            complaint.plan(initialPlan, user.id(), at, policy);
            return List.of();
        });
    }

    public Mono<ComplaintState> resolve(UUID id, CrmUser user) {
        return change(id, user, (complaint, at) -> List.of(complaint.resolve(user.id(), at, policy)));
    }

    public Mono<ComplaintState> callBack(UUID id, CrmUser user) {
        return change(id, user, (complaint, at) -> {
            complaint.callBack(at);
            return List.of();
        });
    }

    public Mono<ComplaintState> close(UUID id, @Nullable String rootCause, @Nullable String improvementActions,
                                      CrmUser user) {
        return change(id, user, (complaint, at) ->
                List.of(complaint.close(rootCause, improvementActions, user.id(), at)));
    }

    public Mono<ComplaintState> find(UUID id, CrmUser user) {
        return visible(id, user);
    }

    public Mono<List<ComplaintState>> latest(CrmUser user, boolean escalatedOnly, int limit) {
        DataScope scope = AftersalesScope.of(user);
        return scope.isNone() ? Mono.just(List.of())
                : complaints.latest(scope, escalatedOnly, Math.min(limit, maxPageSize)).collectList();
    }

    private Mono<ComplaintState> change(UUID id, CrmUser user,
                                        BiFunction<Complaint, Instant, List<ComplaintEvent>> command) {
        return visible(id, user)
                .flatMap(state -> {
                    Complaint complaint = Complaint.restore(state);
                    List<ComplaintEvent> events = command.apply(complaint, now());
                    return complaints.update(complaint.state())
                            .then(publisher.publishAll(events))
                            .thenReturn(complaint.state());
                })
                .as(transactions::transactional);
    }

    private Mono<ComplaintState> visible(UUID id, CrmUser user) {
        DataScope scope = AftersalesScope.of(user);
        return complaints.find(id)
                .filter(complaint -> scope.includes(complaint.ownerId(), complaint.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Complaint", id)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
    }
}
