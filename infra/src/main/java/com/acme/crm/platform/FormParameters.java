package com.acme.crm.platform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code application/x-www-form-urlencoded} body read by RFC 6749's rules: empty values count as absent, repeats are errors.
 */
record FormParameters(Map<String, String> values) {

    static FormParameters parse(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (value.isEmpty()) {
                continue; // RFC 6749 §3.1: "sent without a value MUST be treated as if they were omitted"
            }
            if (values.putIfAbsent(name, value) != null) {
                throw OAuthError.invalidRequest("parameter " + name + " must not be repeated");
            }
        }
        return new FormParameters(Map.copyOf(values));
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidRequest("the body is not valid application/x-www-form-urlencoded: " + e.getMessage());
        }
    }
}
