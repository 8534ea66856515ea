package com.acme.crm.order.negotiation;

/** O-13: where a contract review stands; NOT_REQUIRED and APPROVED let the quote be signed. */
public enum ContractReviewStatus {
    NOT_REQUIRED,
    AWAITING_SALES_MANAGER,
    AWAITING_GENERAL_MANAGER,
    APPROVED,
    REJECTED
}
