package com.acme.crm.chassis.security;

/**
 * The OAuth 2.0 scopes a SYSTEM client may be granted (per client, by the authorization server). A SYSTEM token
 * carries the role {@code SYSTEM} for data scope and the scopes for what it may do: an endpoint open to systems
 * names its scope ({@code hasAuthority('SCOPE_leads.read')}), never the bare role, so a client's credentials reach
 * only what its scopes name (B-3: only customer-service reads a prospect's contact data).
 */
public final class Scopes {

    /** Read leads (masked contact data). */
    public static final String LEADS_READ = "leads.read";
    /** Capture leads and run lead commands (archive, convert, reassign…). */
    public static final String LEADS_WRITE = "leads.write";
    /** Read a lead's unmasked contact data ({@code GET /api/leads/{id}/contact}); audited. */
    public static final String LEADS_CONTACT_READ = "leads.contact.read";
    /** Read customers (masked contact data). */
    public static final String CUSTOMERS_READ = "customers.read";
    /** Register customers and record visits and follow-ups. */
    public static final String CUSTOMERS_WRITE = "customers.write";
    /** Read the analytics. */
    public static final String ANALYTICS_READ = "analytics.read";
    /** A product department's system reads (and acknowledges) the market intelligence routed to it (N-9). */
    public static final String INTELLIGENCE_READ = "intelligence.read";

    private Scopes() {
    }
}
