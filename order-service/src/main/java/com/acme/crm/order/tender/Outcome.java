package com.acme.crm.order.tender;

/** O-11: what became of a submitted bid. */
public enum Outcome {
    WON,
    LOST
}
