package com.acme.crm.events.customer;

import com.acme.crm.events.IntegrationEvent;

import java.util.UUID;

/** Events about one customer, keyed by its id. */
public sealed interface CustomerEvent extends IntegrationEvent permits CustomerRegistered, VisitLogged, CustomerTierChanged, CustomerDormant,
        FollowUpOverdue, ContactPaused, ContactResumed, CustomerHandedOver, CustomerContacted {

    UUID customerId();

    @Override
    default String aggregateId() {
        return customerId().toString();
    }
}
