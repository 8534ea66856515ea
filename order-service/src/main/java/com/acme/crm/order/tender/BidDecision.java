package com.acme.crm.order.tender;

/** O-8: the manager's decision on a reported tender. */
public enum BidDecision {
    BID,
    NO_BID
}
