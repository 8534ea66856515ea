package com.acme.crm.order.customer;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.team.CustomerOwnership;
import com.acme.crm.chassis.team.CustomerOwnerships;
import com.acme.crm.chassis.team.TeamRosters;
import com.acme.crm.chassis.web.NotFoundException;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The ownership projection: applies customer-service's registrations and handovers (C-8) and lead-service's rosters,
 * each inside the inbox transaction, and answers whose a customer is for the caller's data scope.
 */
@Component
public class CustomerDirectory {

    private final CustomerOwnerships ownerships;
    private final TeamRosters rosters;
    private final List<OwnershipListener> listeners;
    private final Clock clock;

    CustomerDirectory(CustomerOwnerships ownerships, TeamRosters rosters, List<OwnershipListener> listeners,
                      Clock clock) {
        this.ownerships = ownerships;
        this.rosters = rosters;
        this.listeners = listeners;
        this.clock = clock;
    }

    public Mono<Void> registered(UUID customerId, String ownerId, String team) {
        return ownerships.put(new CustomerOwnership(customerId, ownerId, team), clock.instant());
    }

    /** C-8: the customer's quotes and requirements follow it to the new owner (their owner is read from here). */
    public Mono<Void> handedOver(UUID customerId, String toOwnerId, String team) {
        CustomerOwnership ownership = new CustomerOwnership(customerId, toOwnerId, team);
        return ownerships.put(ownership, clock.instant())
                .thenMany(Flux.fromIterable(listeners))
                .concatMap(listener -> listener.ownerChanged(ownership))
                .then();
    }

    public Mono<Void> rosterSet(String team, List<String> members) {
        return rosters.replace(team, members);
    }

    /**
     * O-1: a customer customer-service has registered, inside the caller's data scope. An unknown customer is refused
     * naming O-1 (422); a customer outside the scope is answered like a missing one (404), so nothing is revealed.
     */
    public Mono<CustomerOwnership> require(UUID customerId, CrmUser user) {
        DataScope scope = DataScope.of(user);
        return ownerships.find(customerId)
                .switchIfEmpty(Mono.error(() -> new BusinessRuleViolation("O-1", "Customer " + customerId
                        + " is not known to order-service (not registered on crm.customer.events)")))
                .flatMap(owner -> scope.includes(owner.ownerId(), owner.team()) ? Mono.just(owner)
                        : Mono.error(new NotFoundException("Customer", customerId)));
    }
}
