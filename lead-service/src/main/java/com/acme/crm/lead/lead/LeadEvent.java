package com.acme.crm.lead.lead;

/** What happened to a lead, as the domain reports it; the messaging adapter publishes it as an integration event. */
public sealed interface LeadEvent permits LeadCaptured {

    Lead lead();
}
