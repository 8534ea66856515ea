package com.acme.crm.order.requirement;

/** A requirement is drafted, then confirmed with the customer (O-1). */
public enum RequirementStatus {
    DRAFT,
    CONFIRMED
}
