package com.acme.crm.chassis.web;

import org.springframework.http.HttpStatus;

/**
 * A command the service refused. Thrown before anything is written, so a refusal changes nothing; rendered as
 * {@code application/problem+json} by {@link ProblemDetailsAdvice}.
 */
public abstract class CommandRejectedException extends RuntimeException {

    protected CommandRejectedException(String message) {
        super(message);
    }

    /** The HTTP status that answers this refusal. */
    public abstract HttpStatus status();
}
