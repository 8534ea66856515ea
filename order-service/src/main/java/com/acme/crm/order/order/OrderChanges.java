package com.acme.crm.order.order;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.audit.AuditedEvents;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/** Stores a changed order with its events and audit entries; callers run it inside their transaction. */
@Component
public class OrderChanges {

    private final OrderRepository orders;
    private final AuditedEvents<OrderEvent> events;

    OrderChanges(OrderRepository orders, OrderEventPublisher publisher, AuditLog audit) {
        this.orders = orders;
        this.events = new AuditedEvents<>("order", event -> event.order().id(),
                event -> publisher.publishAll(List.of(event)), publisher::publishAll, audit);
    }

    /** Persists the order (optimistic lock), publishes the events and records who did what. */
    public Mono<Order> save(Order order, String actor, List<Change> changes) {
        return orders.update(order).then(events.publishAll(actor, changes)).thenReturn(order);
    }

    /** Publishes and audits events of orders stored another way (a new order, a job batch). */
    public Mono<Void> publish(String actor, List<Change> changes) {
        return events.publishAll(actor, changes);
    }

    /** One event with its audit entry; the action is the event's name. */
    public static Change change(OrderEvent event, Map<String, ?> details) {
        return new Change(event, actionOf(event), details);
    }

    private static String actionOf(OrderEvent event) {
        return event.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    /** An event with the audit entry that goes with it. */
    public record Change(OrderEvent event, String action, Map<String, ?> details)
            implements AuditedEvents.Change<OrderEvent> {
    }
}
