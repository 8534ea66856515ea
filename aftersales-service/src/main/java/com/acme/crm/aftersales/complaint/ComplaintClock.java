package com.acme.crm.aftersales.complaint;

/** the chained clocks of a complaint. */
public enum ComplaintClock {
    /** Apology and initial plan, from the complaint. */
    APOLOGY,
    /** The plan executed, from the initial plan. */
    EXECUTION,
    /** The callback to the customer, from the resolution. */
    CALLBACK
}
