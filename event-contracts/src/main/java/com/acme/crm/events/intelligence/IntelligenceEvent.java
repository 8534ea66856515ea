package com.acme.crm.events.intelligence;

import com.acme.crm.events.IntegrationEvent;

import java.util.UUID;

/** Events about market intelligence reports (N-9), keyed by the report's id. */
public sealed interface IntelligenceEvent extends IntegrationEvent permits MarketIntelligenceFiled {

    UUID reportId();

    @Override
    default String aggregateId() {
        return reportId().toString();
    }
}
