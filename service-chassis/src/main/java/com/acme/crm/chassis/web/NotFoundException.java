package com.acme.crm.chassis.web;

import org.springframework.http.HttpStatus;

/** The resource does not exist, or the caller's data scope does not include it (the two look the same). */
public class NotFoundException extends CommandRejectedException {

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " was not found");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }
}
