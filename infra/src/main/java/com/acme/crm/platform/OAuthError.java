package com.acme.crm.platform;

/**
 * A token-endpoint rejection in the RFC 6749 §5.2 shape, so OAuth client libraries read it as they would a real server's.
 */
final class OAuthError extends RuntimeException {

    private final int status;
    private final String error;
    private final boolean basicChallenge;

    private OAuthError(int status, String error, String description, boolean basicChallenge) {
        super(description);
        this.status = status;
        this.error = error;
        this.basicChallenge = basicChallenge;
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description, false);
    }

    static OAuthError unsupportedGrantType(String description) {
        return new OAuthError(400, "unsupported_grant_type", description, false);
    }

    /** RFC 6749 §5.2: a requested scope the client may not have. */
    static OAuthError invalidScope(String description) {
        return new OAuthError(400, "invalid_scope", description, false);
    }

    /** @param basicChallenge whether to answer with {@code WWW-Authenticate: Basic} (RFC 6749 §5.2: when Basic was tried) */
    static OAuthError invalidClient(String description, boolean basicChallenge) {
        return new OAuthError(401, "invalid_client", description, basicChallenge);
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    boolean basicChallenge() {
        return basicChallenge;
    }
}
