package com.acme.crm.aftersales.ticket;

/** How urgent a ticket is; the SLA may differ per priority. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
