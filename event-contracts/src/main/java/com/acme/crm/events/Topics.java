package com.acme.crm.events;

/** One topic per producing service; the record key is the aggregate id. */
public final class Topics {

    public static final String LEAD = "crm.lead.events";
    public static final String CUSTOMER = "crm.customer.events";
    public static final String ORDER = "crm.order.events";
    public static final String AFTERSALES = "crm.aftersales.events";
    public static final String ANALYTICS = "crm.analytics.events";

    private Topics() {
    }
}
