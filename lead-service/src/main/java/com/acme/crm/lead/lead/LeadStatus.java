package com.acme.crm.lead.lead;

/** Where a lead stands: new until first contact (L-2). */
public enum LeadStatus {
    NEW,
    CONTACTED
}
