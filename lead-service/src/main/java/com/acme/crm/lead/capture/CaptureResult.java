package com.acme.crm.lead.capture;

import com.acme.crm.lead.lead.Lead;

/** What a capture did: created a lead, or merged the capture into an open one (L-3). */
public record CaptureResult(Outcome outcome, Lead lead) {

    public enum Outcome { CREATED, MERGED }
}
