package com.acme.crm.customer.customer;

import com.acme.crm.chassis.audit.AuditLog;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/** Stores a changed customer with its event and audit entry; callers run it inside their transaction. */
@Component
public class CustomerChanges {

    private final Customers customers;
    private final CustomerEventPublisher events;
    private final AuditLog audit;

    CustomerChanges(Customers customers, CustomerEventPublisher events, AuditLog audit) {
        this.customers = customers;
        this.events = events;
        this.audit = audit;
    }

    public Mono<Customer> save(Customer customer, CustomerEvent event, String actor, String action, Map<String, ?> details) {
        return customers.update(customer).then(publish(event, actor, action, details));
    }

    /** Audits a change without an integration event (a contact, a pin reason, an account manager). */
    public Mono<Customer> saveQuietly(Customer customer, String actor, String action, Map<String, ?> details) {
        return customers.update(customer).then(audit.record(actor, action, "customer", customer.id(), details))
                .thenReturn(customer);
    }

    /** Publishes and audits many events of one actor with one write each (jobs and bulk commands). */
    public Mono<Void> publishAll(String actor, List<Change> changes) {
        if (changes.isEmpty()) {
            return Mono.empty();
        }
        return events.publishAll(changes.stream().map(Change::event).toList())
                .then(audit.recordEach(actor, "customer", changes.stream()
                        .map(c -> new AuditLog.Record(c.action(), c.event().customer().id(), c.details())).toList()));
    }

    /** An event with the audit entry that goes with it. */
    public record Change(CustomerEvent event, String action, Map<String, ?> details) {
    }

    public Mono<Customer> publish(CustomerEvent event, String actor, String action, Map<String, ?> details) {
        return events.publish(event)
                .then(audit.record(actor, action, "customer", event.customer().id(), details))
                .thenReturn(event.customer());
    }
}
