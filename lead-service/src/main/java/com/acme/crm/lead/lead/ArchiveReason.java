package com.acme.crm.lead.lead;

/** L-5: why a lead is invalid. */
public enum ArchiveReason {
    NO_NEED,
    UNREACHABLE,
    DUPLICATE,
    SPAM
}
