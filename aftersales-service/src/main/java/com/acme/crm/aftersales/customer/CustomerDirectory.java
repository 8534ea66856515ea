package com.acme.crm.aftersales.customer;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.team.CustomerOwnership;
import com.acme.crm.chassis.team.CustomerOwnerships;
import com.acme.crm.chassis.team.TeamRosters;
import com.acme.crm.chassis.web.NotFoundException;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ownership projection: applies customer-service's registrations and handovers (C-8) and lead-service's rosters,
 * each inside the inbox transaction, and answers whose a customer is for the caller's data scope.
 */
@Component
public class CustomerDirectory {

    private final CustomerOwnerships ownerships;
    private final TeamRosters rosters;
    private final RosterTurns turns;
    private final Clock clock;

    CustomerDirectory(CustomerOwnerships ownerships, TeamRosters rosters, RosterTurns turns, Clock clock) {
        this.ownerships = ownerships;
        this.rosters = rosters;
        this.turns = turns;
        this.clock = clock;
    }

    public Mono<Void> registered(UUID customerId, String ownerId, String team) {
        return ownerships.put(new CustomerOwnership(customerId, ownerId, team), clock.instant());
    }

    /** C-8: the customer's new owner; tickets and complaints opened from now on name them. */
    public Mono<Void> handedOver(UUID customerId, String toOwnerId, String team) {
        return ownerships.put(new CustomerOwnership(customerId, toOwnerId, team), clock.instant());
    }

    public Mono<Void> rosterSet(String team, List<String> members) {
        return rosters.replace(team, members);
    }

    /** the team's next agent in round-robin order, or none when the team has no roster. */
    public Mono<Optional<String>> nextAgent(String team) {
        return turns.nextOnRoster(team).map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    /**
     * A customer customer-service has registered, inside the caller's data scope. An unknown customer is refused
     * naming {@code rule} (422); a customer outside the scope is answered like a missing one (404).
     */
    public Mono<CustomerOwnership> require(UUID customerId, CrmUser user, String rule) {
        DataScope scope = AftersalesScope.of(user);
        return ownerships.find(customerId)
                .switchIfEmpty(Mono.error(() -> new BusinessRuleViolation(rule, "Customer " + customerId
                        + " is not known to aftersales-service (not registered on crm.customer.events)")))
                .flatMap(owner -> scope.includes(owner.ownerId(), owner.team()) ? Mono.just(owner)
                        : Mono.error(new NotFoundException("Customer", customerId)));
    }
}
