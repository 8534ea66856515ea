package com.acme.crm.customer.customer;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.UUID;

/**
 * Data scope of customers (roles table): a rep or account manager their own (as owner or dedicated account
 * manager), a manager the team's, a director, the general manager, support or a system all; service agents and
 * finance read every customer with contact data masked (B-3; a service agent's need-to-know access waits for
 * after-sales tickets); anyone else, an operator too, none. A customer outside the scope looks the same as one that
 * does not exist. What a system may do is decided by its scopes at the endpoint; here it counts as the sales team.
 */
@Component
public class CustomerAccess {

    private final Customers customers;
    private final AuditLog audit;

    CustomerAccess(Customers customers, AuditLog audit) {
        this.customers = customers;
        this.audit = audit;
    }

    public static DataScope readScope(CrmUser user) {
        DataScope scope = DataScope.of(user);
        return scope.isNone() && user.hasAny(Role.SERVICE_AGENT, Role.FINANCE) ? DataScope.ALL : scope;
    }

    /** B-3: contact data is shown unmasked only to the sales department (systems read it masked). */
    public static boolean seesContactData(CrmUser user) {
        return user.isOnSalesTeam();
    }

    /** The customer, if the caller may read it. */
    public Mono<Customer> readable(UUID id, CrmUser user) {
        DataScope scope = readScope(user);
        if (scope.isNone()) {
            return Mono.error(new AccessDeniedException("No customer data scope for these roles"));
        }
        return customers.findById(id)
                .filter(c -> includes(scope, c, user))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Customer", id)));
    }

    /**
     * The customer, if the caller may work on it (the sales team within its scope), locked for the caller's
     * transaction (commands run in one).
     */
    public Mono<Customer> workable(UUID id, CrmUser user) {
        if (!user.isOnSalesTeam() && !user.has(Role.SYSTEM)) {
            return Mono.error(new AccessDeniedException("Only the sales team works on customers"));
        }
        DataScope scope = readScope(user);
        if (scope.isNone()) {
            return Mono.error(new AccessDeniedException("No customer data scope for these roles"));
        }
        return customers.lockById(id)
                .filter(c -> includes(scope, c, user))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Customer", id)));
    }

    /** B-3: an unmasked read of contact data by someone other than the owner (a manager, sales support…) is audited. */
    public Mono<Void> auditContactRead(CustomerState customer, CrmUser user) {
        return !seesContactData(user) || customer.ownerId().equals(user.id()) ? Mono.empty()
                : audit.record(user.id(), "CONTACT_READ", "customer", customer.id(), Map.of("owner", customer.ownerId()));
    }

    private static boolean includes(DataScope scope, Customer customer, CrmUser user) {
        return scope.includes(customer.ownerId(), customer.team())
                || (scope.ownerId() != null && scope.ownerId().equals(customer.accountManagerId()));
    }
}
