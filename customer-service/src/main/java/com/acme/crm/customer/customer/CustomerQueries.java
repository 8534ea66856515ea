package com.acme.crm.customer.customer;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Reads of customers, their people and their audit trail, within the caller's data scope. */
@Service
public class CustomerQueries {

    private final CustomerAccess access;
    private final Customers customers;
    private final AuditLog audit;
    private final Clock clock;

    CustomerQueries(CustomerAccess access, Customers customers, AuditLog audit, Clock clock) {
        this.access = access;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<CustomerState> get(UUID id, CrmUser user) {
        return access.readable(id, user).map(Customer::state);
    }

    public Mono<List<ContactPerson>> contacts(UUID id) {
        return customers.contacts(id).collectList();
    }

    public Mono<PageResponse<CustomerState>> search(CustomerQuery query, PageRequest page, CrmUser user) {
        DataScope scope = CustomerAccess.readScope(user);
        if (scope.isNone()) {
            return Mono.error(new AccessDeniedException("No customer data scope for these roles"));
        }
        return customers.search(query, scope, page, clock.instant());
    }

    /** C-1: how the customer's tier moved (pins, recomputes), newest first. */
    public Mono<List<AuditLog.Entry>> tierHistory(UUID id) {
        return audit.history("customer", id, 200).filter(entry -> entry.action().startsWith("TIER")
                || entry.action().equals("PURCHASES_UPDATED")).collectList();
    }

    public Mono<List<AuditLog.Entry>> history(UUID id, CrmUser user) {
        return access.readable(id, user).flatMap(customer -> audit.history("customer", id, 500).collectList());
    }
}
