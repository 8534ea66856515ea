package com.acme.crm.platform;

import java.util.List;

/**
 * A request the issuer rejects with 400 problem+json; carries the per-field errors.
 */
final class InvalidRequestException extends RuntimeException {

    private final transient List<FieldError> errors;

    InvalidRequestException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
