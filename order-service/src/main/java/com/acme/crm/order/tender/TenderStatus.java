package com.acme.crm.order.tender;

/** Where a tender stands in O-8/O-11's order of steps; NO_BID, WON and LOST are final. */
public enum TenderStatus {
    REPORTED,
    NO_BID,
    BID_DECIDED,
    BID_DRAFTED,
    BID_APPROVED,
    BID_SIGNED,
    SUBMITTED,
    WON,
    LOST
}
