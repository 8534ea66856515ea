package com.acme.crm.aftersales.ticket;

/** A ticket's life: opened, first response given, solution delivered, closed (a resolved ticket may reopen). */
public enum TicketStatus {
    OPEN, RESPONDED, RESOLVED, CLOSED
}
