package com.acme.crm.customer.customer;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.audit.AuditedEvents;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/** Stores a changed customer with its event and audit entry; callers run it inside their transaction. */
@Component
public class CustomerChanges {

    private final Customers customers;
    private final AuditedEvents<CustomerEvent> events;
    private final AuditLog audit;

    CustomerChanges(Customers customers, CustomerEventPublisher events, AuditLog audit) {
        this.customers = customers;
        this.events = new AuditedEvents<>("customer", event -> event.customer().id(), events::publish,
                events::publishAll, audit);
        this.audit = audit;
    }

    /** Stores the customer and publishes and audits the event that reports the change. */
    public Mono<CustomerState> save(Customer customer, CustomerEvent event, String actor, String action,
                                    Map<String, ?> details) {
        return customers.update(customer).then(publish(event, actor, action, details));
    }

    /** Audits a change without an integration event (a contact, a pin reason, an account manager). */
    public Mono<CustomerState> saveQuietly(Customer customer, String actor, String action, Map<String, ?> details) {
        return customers.update(customer).then(audit.record(actor, action, "customer", customer.id(), details))
                .then(Mono.fromSupplier(customer::state));
    }

    /** Publishes and audits many events of one actor with one write each (jobs and bulk commands). */
    public Mono<Void> publishAll(String actor, List<Change> changes) {
        return events.publishAll(actor, changes);
    }

    /** An event with the audit entry that goes with it. */
    public record Change(CustomerEvent event, String action, Map<String, ?> details)
            implements AuditedEvents.Change<CustomerEvent> {
    }

    /** Publishes and audits an event whose change is stored already (a new customer, a link to a lead). */
    public Mono<CustomerState> publish(CustomerEvent event, String actor, String action, Map<String, ?> details) {
        return events.publish(event, actor, action, details).thenReturn(event.customer());
    }
}
