package com.acme.crm.chassis.web;

import org.springframework.http.HttpStatus;

/** A command broke a business rule; the problem's {@code rule} member names its id, e.g. {@code C-10}. */
public class RuleViolationException extends CommandRejectedException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }
}
