package com.acme.crm.chassis.inbox;

/** A message that can never be processed (no envelope, unreadable or schema-invalid payload): not retried. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
