package com.acme.crm.lead.lead;

/** L-1: a lead entered the pipeline. */
public record LeadCaptured(Lead lead) implements LeadEvent {
}
