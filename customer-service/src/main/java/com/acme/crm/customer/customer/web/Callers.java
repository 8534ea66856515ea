package com.acme.crm.customer.customer.web;

import com.acme.crm.chassis.security.Scopes;

/** Who may call the customer API: the {@code @PreAuthorize} expressions every customer feature's controller uses. */
public final class Callers {

    /** Reads: the sales department, service agents and finance (contact data masked, B-3), systems with the scope. */
    public static final String READERS = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER','SALES_SUPPORT','SERVICE_AGENT','FINANCE') or hasAuthority('SCOPE_"
            + Scopes.CUSTOMERS_READ + "')";
    /** The commands of the sales team's week (contacts, visits, pauses, tiers, handover), systems with the scope. */
    public static final String WORKERS = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER') or hasAuthority('SCOPE_" + Scopes.CUSTOMERS_WRITE + "')";
    /** Customer records: the sales team and sales support, who maintains the records (roles table). */
    public static final String RECORD_KEEPERS = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER',"
            + "'SALES_DIRECTOR','GENERAL_MANAGER','SALES_SUPPORT') or hasAuthority('SCOPE_" + Scopes.CUSTOMERS_WRITE
            + "')";

    private Callers() {
    }
}
