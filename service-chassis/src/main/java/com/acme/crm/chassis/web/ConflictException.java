package com.acme.crm.chassis.web;

import org.springframework.http.HttpStatus;

/** The command clashes with the resource's current state (a concurrent change, a state that no longer allows it). */
public class ConflictException extends CommandRejectedException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
