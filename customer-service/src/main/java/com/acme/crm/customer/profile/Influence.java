package com.acme.crm.customer.profile;

/** C-11: how much a person of the decision chain weighs in the buying decision. */
public enum Influence {
    /** Decides (signs off the budget). */
    DECISION_MAKER,
    /** Shapes the decision without making it. */
    INFLUENCER,
    /** Uses what is bought; reports on it. */
    USER,
    /** Controls access to the decision makers. */
    GATEKEEPER
}
