package com.acme.crm.platform;

/**
 * One invalid request field, in the same shape the services use in their problem details.
 */
record FieldError(String field, String message) {
}
