package com.acme.crm.events.order;

import com.acme.crm.events.IntegrationEvent;

import java.util.UUID;

/** Events about one quote version (O-2, B-2), keyed by its id. */
public sealed interface QuoteEvent extends IntegrationEvent
        permits QuoteIssued, QuoteApprovalRequested, QuoteApproved, QuoteRejected {

    UUID quoteId();

    @Override
    default String aggregateId() {
        return quoteId().toString();
    }
}
