package com.acme.crm.platform;

/**
 * A failure with a message that is already clear to the user, so it is printed without a stack trace.
 */
final class PlatformException extends RuntimeException {

    PlatformException(String message) {
        super(message);
    }

    PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
