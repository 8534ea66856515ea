package com.acme.crm.order.rules;

/**
 * The caller's role is not the one the rule names (O-2: only the approver it routes to decides; O-16: sales support
 * does not quote). Thrown before anything changes; answered 403 with the rule's id, like a 422 rule refusal.
 */
public class ForbiddenByRule extends RuntimeException {

    private final String rule;

    public ForbiddenByRule(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
