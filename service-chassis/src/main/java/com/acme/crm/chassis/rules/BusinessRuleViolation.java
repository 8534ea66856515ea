package com.acme.crm.chassis.rules;

/**
 * A command broke a business rule. Domain code throws it before changing anything; the web layer answers
 * {@code 422} with a problem whose {@code rule} member is the rule's id from the domain rules (e.g. {@code C-10}).
 * Plain Java, so aggregates can throw it without knowing HTTP.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String rule;

    public BusinessRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
