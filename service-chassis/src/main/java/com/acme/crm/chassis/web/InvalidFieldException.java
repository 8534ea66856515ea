package com.acme.crm.chassis.web;

import org.springframework.http.HttpStatus;

/** One request field is unacceptable in a way bean validation cannot express. */
public class InvalidFieldException extends CommandRejectedException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
