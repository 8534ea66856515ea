package com.acme.crm.order.deadline;

import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.order.OrderProperties;
import com.acme.crm.order.order.Order;
import com.acme.crm.order.order.OrderChanges;
import com.acme.crm.order.order.OrderCommands;
import com.acme.crm.order.order.OrderEvent;
import com.acme.crm.order.order.OrderPolicy;
import com.acme.crm.order.order.OrderRepository;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * The order clocks, each reading a stored deadline: an order past its acceptance window is deemed accepted (O-5),
 * a due delivery reminder is published once (O-4), a milestone past due with money outstanding is reported overdue
 * once (O-7). Each claims bounded batches ({@code FOR UPDATE SKIP LOCKED}) through the chassis' {@link Jobs}, so any
 * number of due orders is handled, by any number of replicas, each once.
 */
@Component
class OrderDeadlines {

    static final String DEEMED_ACCEPTANCE_JOB = "order-deemed-acceptance";
    static final String DELIVERY_REMINDER_JOB = "order-delivery-reminders";
    static final String OVERDUE_RECEIVABLES_JOB = "order-overdue-receivables";

    private final OrderRepository orders;
    private final OrderChanges changes;
    private final Jobs jobs;
    private final Clock clock;
    private final OrderPolicy policy;
    private final int batchSize;

    OrderDeadlines(OrderRepository orders, OrderChanges changes, Jobs jobs, Clock clock, OrderProperties properties) {
        this.orders = orders;
        this.changes = changes;
        this.jobs = jobs;
        this.clock = clock;
        this.policy = OrderCommands.policyOf(properties);
        this.batchSize = properties.orders().deadlineBatchSize();
    }

    /** O-5: deems accepted every order past its acceptance window; emits how many. */
    Mono<Long> deemAcceptances() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        return run(DEEMED_ACCEPTANCE_JOB, limit -> orders.lockAcceptanceDue(now, limit), (order, events) -> {
            order.deemAcceptedIfDue(now, policy).ifPresent(events::add);
            order.closeIfSettled(now).ifPresent(events::add);
            return events;
        });
    }

    /** O-4: publishes each due delivery reminder once; emits how many orders were handled. */
    Mono<Long> remindDeliveries() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        return run(DELIVERY_REMINDER_JOB, limit -> orders.lockReminderDue(now, limit), (order, events) -> {
            order.remindDeliveryIfDue(now).ifPresent(events::add);
            return events;
        });
    }

    /** O-7: reports each milestone past due with money outstanding once; emits how many orders were handled. */
    Mono<Long> reportOverdueReceivables() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        return run(OVERDUE_RECEIVABLES_JOB, limit -> orders.lockOverdueCandidates(now, limit), (order, events) -> {
            events.addAll(order.reportOverdue(now));
            return events;
        });
    }

    private Mono<Long> run(String job, IntFunction<Flux<Order>> claim,
                           BiFunction<Order, List<OrderEvent>, List<OrderEvent>> check) {
        return jobs.inBatches(job, batchSize, claim, batch -> {
            List<OrderChanges.Change> found = new ArrayList<>(batch.size());
            List<Order> changed = new ArrayList<>(batch.size());
            for (Order order : batch) {
                List<OrderEvent> events = check.apply(order, new ArrayList<>(2));
                if (!events.isEmpty()) {
                    changed.add(order);
                    events.forEach(event -> found.add(OrderChanges.change(event, Map.of())));
                }
            }
            return orders.updateAll(changed).then(changes.publish("system", found));
        });
    }
}
