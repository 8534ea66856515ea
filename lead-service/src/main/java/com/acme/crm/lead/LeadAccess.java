package com.acme.crm.lead;

import com.acme.crm.chassis.security.Scopes;

/**
 * Who may call the lead API (B-3, roles table of the domain rules): people by their role, integrating systems only
 * by the scopes of their token, never by the bare {@code SYSTEM} role. Sales support reads but does not work leads.
 */
public final class LeadAccess {

    private static final String SALES = "'SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','GENERAL_MANAGER'";

    /** Queues, leads (contact data masked for systems), contacts, history, tasks, rosters. */
    public static final String READERS = "hasAnyRole(" + SALES + ",'SALES_SUPPORT') or hasAuthority('SCOPE_"
            + Scopes.LEADS_READ + "')";

    /** Capture, import and the commands on a lead. */
    public static final String CAPTURERS = "hasAnyRole(" + SALES + ") or hasAuthority('SCOPE_" + Scopes.LEADS_WRITE + "')";

    /** L-8: reassignment is a manager's (or director's) decision. */
    public static final String ASSIGNERS = "hasAnyRole('SALES_MANAGER','SALES_DIRECTOR','GENERAL_MANAGER') or hasAuthority('SCOPE_"
            + Scopes.LEADS_WRITE + "')";

    /** L-6, B-3: a prospect's unmasked contact data; of the systems only customer-service's client holds the scope. */
    public static final String CONTACT_READERS = "hasAnyRole(" + SALES + ",'SALES_SUPPORT') or hasAuthority('SCOPE_"
            + Scopes.LEADS_CONTACT_READ + "')";

    /** L-8: a team's round-robin roster. */
    public static final String ROSTER_KEEPERS = "hasAnyRole('SALES_MANAGER','SALES_DIRECTOR','GENERAL_MANAGER')";

    private LeadAccess() {
    }
}
