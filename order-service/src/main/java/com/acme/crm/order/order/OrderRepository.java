package com.acme.crm.order.order;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stores orders with their milestones, change requests and tasks. */
public interface OrderRepository {

    Mono<Void> insert(Order order);

    /** Optimistically locked: a concurrent change makes it fail. */
    Mono<Void> update(Order order);

    /** Many changed orders of one job batch. */
    Mono<Void> updateAll(List<Order> orders);

    /** The order, locked for the rest of the transaction. */
    Mono<Order> lockById(UUID id);

    Mono<Order> findById(UUID id);

    Mono<PageResponse<Order>> search(DataScope scope, @Nullable Stage stage, PageRequest page);

    /** O-5: orders past their acceptance deadline, claimed with {@code FOR UPDATE SKIP LOCKED}. */
    Flux<Order> lockAcceptanceDue(Instant now, int limit);

    /** O-4: orders whose delivery reminder is due and unsent, claimed with {@code FOR UPDATE SKIP LOCKED}. */
    Flux<Order> lockReminderDue(Instant now, int limit);

    /** O-7: orders with a milestone past due, unpaid and not yet reported, claimed with {@code SKIP LOCKED}. */
    Flux<Order> lockOverdueCandidates(Instant now, int limit);

    Mono<Void> insertChangeRequest(ChangeRequest request);

    Mono<Void> updateChangeRequest(ChangeRequest request);

    Flux<ChangeRequest> changeRequests(UUID orderId);

    /** O-4: an order task for its owner (share the tracking number within the hour, say). */
    Mono<Void> openTask(Order order, String kind, Instant dueAt, Instant now);

    /** The order's tasks as (kind, due, done) rows, oldest first. */
    Flux<Task> tasks(UUID orderId);

    /** A task of an order's owner. */
    record Task(UUID id, String kind, Instant dueAt, @Nullable Instant doneAt) {
    }
}
