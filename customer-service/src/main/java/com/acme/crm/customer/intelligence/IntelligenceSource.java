package com.acme.crm.customer.intelligence;

/** N-9: where a piece of market intelligence came from. */
public enum IntelligenceSource {
    CUSTOMER, TRADE_SHOW, WEBSITE, DEALER, OTHER
}
