package com.acme.crm.chassis.rules;

/**
 * The caller's role is not the one a business rule names for this step (O-2: only the approver it routes to
 * decides; O-16: sales support does not quote). Domain code throws it before changing anything; the web layer
 * answers {@code 403} with a problem whose {@code rule} member is the rule's id, read like a {@link
 * BusinessRuleViolation}'s 422. Plain Java, so aggregates can throw it without knowing HTTP.
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
