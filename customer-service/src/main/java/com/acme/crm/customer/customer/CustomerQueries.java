package com.acme.crm.customer.customer;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Reads of customers, their people, visits and tasks, within the caller's data scope. */
@Service
public class CustomerQueries {

    private final CustomerAccess access;
    private final Customers customers;
    private final Tasks tasks;
    private final Visits visits;
    private final AuditLog audit;
    private final Clock clock;

    CustomerQueries(CustomerAccess access, Customers customers, Tasks tasks, Visits visits, AuditLog audit, Clock clock) {
        this.access = access;
        this.customers = customers;
        this.tasks = tasks;
        this.visits = visits;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Customer> get(UUID id, CrmUser user) {
        return access.readable(id, user);
    }

    public Mono<List<ContactPerson>> contacts(UUID id) {
        return customers.contacts(id).collectList();
    }

    public Mono<PageResponse<Customer>> search(CustomerQuery query, PageRequest page, CrmUser user) {
        DataScope scope = CustomerAccess.readScope(user);
        if (scope.isNone()) {
            return Mono.error(new AccessDeniedException("No customer data scope for these roles"));
        }
        return customers.search(query, scope, page, clock.instant());
    }

    /** The customer 360 view: profile, people, tier history, recent visits, open tasks, purchases. */
    public Mono<View360> view360(UUID id, CrmUser user) {
        return access.readable(id, user).flatMap(customer -> Mono.zip(
                        customers.contacts(id).collectList(),
                        audit.history("customer", id, 200).filter(entry -> entry.action().startsWith("TIER")
                                || entry.action().equals("PURCHASES_UPDATED")).collectList(),
                        visits.recent(id, 20).collectList(),
                        tasks.openOf(id).collectList())
                .map(parts -> new View360(customer, parts.getT1(), parts.getT2(), parts.getT3(), parts.getT4())));
    }

    public Mono<List<Visit>> visits(UUID id, CrmUser user) {
        return access.readable(id, user).flatMap(customer -> visits.recent(id, 200).collectList());
    }

    /** C-2: the caller's due list (a manager sees the team's): open tasks due now, paused customers left out (C-6). */
    public Flux<Task> due(CrmUser user) {
        DataScope scope = DataScope.of(user);
        if (scope.isNone()) {
            return Flux.error(new AccessDeniedException("No customer data scope for these roles"));
        }
        return tasks.due(scope, clock.instant(), 500);
    }

    public Mono<List<AuditLog.Entry>> history(UUID id, CrmUser user) {
        return access.readable(id, user).flatMap(customer -> audit.history("customer", id, 500).collectList());
    }

    /** Everything about one customer, in one answer. */
    public record View360(Customer customer, List<ContactPerson> contacts, List<AuditLog.Entry> tierHistory,
                          List<Visit> recentVisits, List<Task> openTasks) {
    }
}
