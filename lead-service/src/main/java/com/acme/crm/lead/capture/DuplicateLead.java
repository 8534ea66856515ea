package com.acme.crm.lead.capture;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

/**
 * L-3, B-3: the capture matches an open lead outside the caller's data scope (another rep's, another team's). It is
 * not merged, so that lead keeps its nurture clock and history, and the caller learns only that it is a duplicate:
 * neither the lead's id nor its owner.
 */
public class DuplicateLead extends BusinessRuleViolation {

    public DuplicateLead() {
        super("L-3", "An open lead of another owner already has this phone number or e-mail address; "
                + "ask your manager to reassign it if you are working with this prospect");
    }
}
