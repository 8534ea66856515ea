package com.acme.crm.events.order;

import com.acme.crm.events.IntegrationEvent;

import java.util.UUID;

/** Events about one customer requirement (O-1), keyed by its id. */
public sealed interface RequirementEvent extends IntegrationEvent permits RequirementConfirmed {

    UUID requirementId();

    @Override
    default String aggregateId() {
        return requirementId().toString();
    }
}
