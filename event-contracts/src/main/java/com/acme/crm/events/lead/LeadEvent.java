package com.acme.crm.events.lead;

import com.acme.crm.events.IntegrationEvent;

import java.util.UUID;

/** Events about one lead, keyed by its id. */
public sealed interface LeadEvent extends IntegrationEvent permits LeadCaptured, LeadMerged, LeadAssigned, LeadContacted, LeadGraded,
        LeadFirstContactSlaBreached, LeadArchived, LeadReopened, LeadConverted, NurtureTaskDue {

    UUID leadId();

    @Override
    default String aggregateId() {
        return leadId().toString();
    }
}
