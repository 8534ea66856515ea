package com.acme.crm.order.quote;

/** O-3: when a share of the contract value falls due. */
public enum MilestoneKind {
    PREPAYMENT,
    ARRIVAL,
    ACCEPTANCE
}
