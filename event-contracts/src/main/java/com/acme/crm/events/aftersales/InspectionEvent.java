package com.acme.crm.events.aftersales;

import com.acme.crm.events.IntegrationEvent;

import java.util.UUID;

/** Events about one proactive inspection, keyed by its id. */
public sealed interface InspectionEvent extends IntegrationEvent permits InspectionDue {

    UUID inspectionId();

    @Override
    default String aggregateId() {
        return inspectionId().toString();
    }
}
