package com.acme.crm.customer.customer.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.CustomerAccess;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.CustomerQueries;
import com.acme.crm.customer.customer.CustomerQuery;
import com.acme.crm.customer.customer.CustomerState;
import com.acme.crm.customer.customer.Tier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read customers: lists, one customer and its audit history. */
@Tag(name = "Customers", description = "Register, read and work customers")
@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final CustomerQueries queries;
    private final CustomerAccess access;
    private final CustomerProperties properties;

    CustomerController(CustomerQueries queries, CustomerAccess access, CustomerProperties properties) {
        this.queries = queries;
        this.access = access;
        this.properties = properties;
    }

    @Operation(summary = "Search customers, one page at a time")
    @GetMapping
    @PreAuthorize(Callers.READERS)
    Mono<PageResponse<CustomerViews.CustomerView>> search(
            @RequestParam(required = false) @Nullable String ownerId, @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable Tier tier, @RequestParam(required = false) @Nullable Boolean dormant,
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
            CrmUser user) {
        PageRequest pageRequest = PageRequest.of(page, size, 20, properties.maxPageSize());
        return queries.search(new CustomerQuery(ownerId, team, tier, dormant, overdue), pageRequest, user)
                .map(found -> found.map(customer -> CustomerViews.of(customer, null,
                        !CustomerAccess.seesContactData(user))));
    }

    @Operation(summary = "Read one customer")
    @GetMapping("/{id}")
    @PreAuthorize(Callers.READERS)
    Mono<CustomerViews.CustomerView> get(@PathVariable UUID id, CrmUser user) {
        return queries.get(id, user).flatMap(customer -> queries.contacts(id)
                .flatMap(people -> access.auditContactRead(customer, user).thenReturn(
                        CustomerViews.of(customer, people, !CustomerAccess.seesContactData(user)))));
    }

    @Operation(summary = "Read a customer's audit history")
    @GetMapping("/{id}/history")
    @PreAuthorize(Callers.READERS)
    Mono<List<AuditLog.Entry>> history(@PathVariable UUID id, CrmUser user) {
        return queries.history(id, user);
    }
}
