package com.acme.crm.aftersales.ticket;

/** the two clocks of a ticket. */
public enum SlaClock {
    RESPONSE, RESOLUTION
}
