package com.acme.crm.order.quote;

/** O-2: whose approval a quote needs before it can be signed. */
public enum ApprovalLevel {
    /** Within the rep's own authority (0 % by default): signable as issued. */
    NONE,
    /** A discount or payment-term change up to the manager's authority (15 % by default). */
    SALES_MANAGER,
    /** Beyond the manager's authority; requested by the manager. */
    GENERAL_MANAGER
}
