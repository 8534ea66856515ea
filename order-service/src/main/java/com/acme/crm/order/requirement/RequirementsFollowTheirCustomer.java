package com.acme.crm.order.requirement;

import com.acme.crm.chassis.team.CustomerOwnership;
import com.acme.crm.order.customer.OwnershipListener;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** C-8: a handed-over customer's requirements move to its new owner and team, in the inbox transaction. */
@Component
class RequirementsFollowTheirCustomer implements OwnershipListener {

    private final Requirements requirements;

    RequirementsFollowTheirCustomer(Requirements requirements) {
        this.requirements = requirements;
    }

    @Override
    public Mono<Void> ownerChanged(CustomerOwnership ownership) {
        return requirements.reassign(ownership.customerId(), ownership.ownerId(), ownership.team());
    }
}
