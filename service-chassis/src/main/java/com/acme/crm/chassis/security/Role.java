package com.acme.crm.chassis.security;

/** The roles of the sales organisation (domain rules, "Roles"); a token's {@code roles} claim lists them. */
public enum Role {
    SALES_REP,
    ACCOUNT_MANAGER,
    SALES_MANAGER,
    SALES_DIRECTOR,
    GENERAL_MANAGER,
    SALES_SUPPORT,
    SERVICE_AGENT,
    FINANCE,
    SYSTEM,
    OPERATOR;

    /** The Spring Security authority, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
