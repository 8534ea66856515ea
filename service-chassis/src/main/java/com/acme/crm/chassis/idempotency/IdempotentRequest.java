package com.acme.crm.chassis.idempotency;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ServerHttpRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A command request that carries an idempotency key.
 *
 * @param caller the token's {@code sub}: keys are scoped per caller, so two callers never share an answer
 * @param key the client's key
 * @param method the HTTP method
 * @param path the path with its query string
 * @param hash SHA-256 (hex) of method, path and body: what "the same request" means
 */
record IdempotentRequest(String caller, String key, String method, String path, String hash) {

    static final int MAX_KEY_LENGTH = 255;

    static IdempotentRequest of(ServerHttpRequest request, String caller, String key, byte[] body) {
        String path = request.getPath().pathWithinApplication().value();
        String query = request.getURI().getRawQuery();
        String target = query == null ? path : path + "?" + query;
        String method = request.getMethod().name();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + " " + target + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return new IdempotentRequest(caller, key, method, target, HexFormat.of().formatHex(sha256.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The key of the header's values, or null unless it is one value of 1–255 printable ASCII characters. The draft
     * sends it as a structured-field string ({@code "abc"}); a bare token is accepted too.
     */
    static @Nullable String keyOf(List<String> values) {
        if (values.size() != 1) {
            return null;
        }
        String key = values.get(0).strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return null;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
        }
        return key;
    }
}
