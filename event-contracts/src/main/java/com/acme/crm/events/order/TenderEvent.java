package com.acme.crm.events.order;

import com.acme.crm.events.IntegrationEvent;

import java.util.UUID;

/** Events about one tender (O-8, O-11), keyed by its id; analytics' bid and win rates come from them. */
public sealed interface TenderEvent extends IntegrationEvent
        permits TenderReported, TenderBidDecided, TenderBidSigned, TenderOutcomeRecorded {

    UUID tenderId();

    @Override
    default String aggregateId() {
        return tenderId().toString();
    }
}
