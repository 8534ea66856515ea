package com.acme.crm.chassis.idempotency;

/**
 * A command request that carries an idempotency key.
 *
 * @param caller the token's {@code sub}: keys are scoped per caller, so two callers never share an answer
 * @param key the client's key
 * @param method the HTTP method
 * @param path the path with its query string
 * @param hash SHA-256 (hex) of method, path and body
 */
record IdempotentRequest(String caller, String key, String method, String path, String hash) {
}
