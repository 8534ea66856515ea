package com.acme.crm.platform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The client id and secret of a token request, from HTTP Basic or the form (RFC 6749 §2.3.1); never both.
 */
record ClientAuthentication(String clientId, String secret, boolean basic) {

    static ClientAuthentication from(String authorization, FormParameters form) {
        Optional<String> formId = form.get("client_id");
        Optional<String> formSecret = form.get("client_secret");
        if (authorization != null) {
            ClientAuthentication basic = basic(authorization);
            // A client_id beside Basic is tolerated when it names the same client (some libraries send it anyway).
            if (formSecret.isPresent() || formId.filter(id -> !id.equals(basic.clientId())).isPresent()) {
                throw OAuthError.invalidRequest(
                        "use one client authentication method: HTTP Basic or client_id/client_secret in the body");
            }
            return basic;
        }
        if (formId.isEmpty()) {
            throw OAuthError.invalidClient(
                    "client authentication is required: HTTP Basic or client_id/client_secret in the body", true);
        }
        return new ClientAuthentication(formId.get(), formSecret.orElse(null), false);
    }

    /** Finds the registered client whose secret matches; the same answer for an unknown client and a wrong secret. */
    DevClient authenticate(List<DevClient> clients) {
        return clients.stream()
                .filter(c -> c.clientId().equals(clientId) && c.secretMatches(secret))
                .findFirst()
                .orElseThrow(() -> OAuthError.invalidClient("unknown client or wrong secret", basic));
    }

    @Override
    public String toString() {
        return "ClientAuthentication[" + clientId + (basic ? ", basic]" : ", form]");
    }

    private static ClientAuthentication basic(String authorization) {
        String[] parts = authorization.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("basic")) {
            throw OAuthError.invalidClient("only HTTP Basic client authentication is supported", true);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidRequest("the Basic credentials are not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw OAuthError.invalidRequest("the Basic credentials must be client_id:client_secret");
        }
        // RFC 6749 §2.3.1: id and secret are form-urlencoded before they are Base64-encoded.
        try {
            return new ClientAuthentication(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8), true);
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidRequest("the Basic credentials are not form-urlencoded: " + e.getMessage());
        }
    }
}
