package com.acme.crm.aftersales.ticket;

/** what a ticket is about. */
public enum TicketType {
    HARDWARE_FAULT, OPERATION_QUESTION, SOFTWARE_BUG
}
