package com.acme.crm.order.quote;

/** Where a quote version stands; SUPERSEDED and SIGNED are final. */
public enum QuoteStatus {
    ISSUED,
    AWAITING_SALES_MANAGER,
    AWAITING_GENERAL_MANAGER,
    APPROVED,
    REJECTED,
    SIGNED,
    SUPERSEDED
}
