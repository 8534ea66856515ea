package com.acme.crm.lead.lead;

/** Where a lead stands. NEW until the first contact (L-2); ARCHIVED leaves the queues (L-5); CONVERTED became a customer (L-6). */
public enum LeadStatus {
    NEW,
    CONTACTED,
    CONVERTED,
    ARCHIVED;

    /** Open leads are worked on: they sit in queues, take contacts and absorb duplicate captures (L-3). */
    public boolean isOpen() {
        return this == NEW || this == CONTACTED;
    }
}
