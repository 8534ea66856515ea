package com.acme.crm.platform;

/**
 * The command line could not be understood; the caller prints the usage and exits with status 2.
 */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
