package com.acme.crm.events.aftersales;

import com.acme.crm.events.IntegrationEvent;

import java.util.UUID;

/** Events about one customer complaint, keyed by its id. */
public sealed interface ComplaintEvent extends IntegrationEvent
        permits ComplaintRaised, ComplaintEscalated, ComplaintResolved, ComplaintClosed, ComplaintClockBreached {

    UUID complaintId();

    @Override
    default String aggregateId() {
        return complaintId().toString();
    }
}
