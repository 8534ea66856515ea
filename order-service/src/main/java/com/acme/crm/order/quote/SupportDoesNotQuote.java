package com.acme.crm.order.quote;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.order.rules.ForbiddenByRule;

/** O-16: sales support takes a phone inquiry (routed to the owning rep) but never creates or changes a quote. */
final class SupportDoesNotQuote {

    private SupportDoesNotQuote() {
    }

    static void check(CrmUser user) {
        if (user.has(Role.SALES_SUPPORT) && !user.hasAny(Role.SALES_REP, Role.ACCOUNT_MANAGER, Role.SALES_MANAGER,
                Role.SALES_DIRECTOR, Role.GENERAL_MANAGER)) {
            throw new ForbiddenByRule("O-16", "Sales support does not quote; record an inquiry (POST /api/inquiries) "
                    + "and the owning rep quotes");
        }
    }
}
