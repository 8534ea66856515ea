package com.acme.crm.aftersales.complaint;

/** raised, apologised with an initial plan, plan executed (resolved), closed with root cause and actions. */
public enum ComplaintStatus {
    RAISED, PLANNED, RESOLVED, CLOSED
}
