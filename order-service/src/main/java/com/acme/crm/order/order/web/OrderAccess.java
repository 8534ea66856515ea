package com.acme.crm.order.order.web;

/**
 * Who may call the order and payment API (roles table of the domain rules). Data scope narrows it further: a rep
 * their own orders, a manager the team's, directors and the general manager all; finance reads every order (orders
 * carry no contact data); a service agent reads the team's orders only.
 */
public final class OrderAccess {

    private static final String SALES = "'SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','GENERAL_MANAGER'";

    /** Orders, milestones, receivables. */
    public static final String READERS = "hasAnyRole(" + SALES + ",'SALES_SUPPORT','FINANCE','SERVICE_AGENT')";

    /** O-4, O-5, O-6, O-7: sales works the order: fulfilment, the customer's acceptance, change requests, payments. */
    public static final String SALES_WORK = "hasAnyRole(" + SALES + ")";

    /** O-6, O-9: a manager (of the order's team: data scope), a director or the general manager decides. */
    public static final String APPROVERS = "hasAnyRole('SALES_MANAGER','SALES_DIRECTOR','GENERAL_MANAGER')";

    /** O-10: finance confirms collections; the general manager too where configured (checked by the service). */
    public static final String COLLECTION_CONFIRMERS = "hasAnyRole('FINANCE','GENERAL_MANAGER')";

    /** O-10: the receivables and the collection list: sales within their scope, finance all. */
    public static final String RECEIVABLE_READERS = "hasAnyRole(" + SALES + ",'SALES_SUPPORT','FINANCE')";

    private OrderAccess() {
    }
}
