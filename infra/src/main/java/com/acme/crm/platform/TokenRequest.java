package com.acme.crm.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a dev token should say about its user; validated here so a typo in a role fails loudly instead of a silent 403 later.
 *
 * @param scopes the OAuth scopes of a SYSTEM identity (the {@code scope} claim); empty for people
 */
record TokenRequest(String sub, String name, List<String> roles, String team, List<String> scopes, Duration ttl) {

    static final List<String> ROLES = List.of("SALES_REP", "ACCOUNT_MANAGER", "SALES_MANAGER", "SALES_DIRECTOR",
            "GENERAL_MANAGER", "SALES_SUPPORT", "SERVICE_AGENT", "FINANCE", "SYSTEM", "OPERATOR");
    /**
     * The scope names of {@code com.acme.crm.chassis.security.Scopes} (infra does not depend on the chassis;
     * {@code ScopeNamesTest} keeps the two lists equal).
     */
    static final List<String> SCOPES = List.of("leads.read", "leads.write", "leads.contact.read", "customers.read",
            "customers.write", "analytics.read", "intelligence.read");
    static final Duration DEFAULT_TTL = Duration.ofHours(12);
    static final Duration MAX_TTL = Duration.ofDays(30);

    TokenRequest {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    static TokenRequest fromJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("The request body must be a JSON object.", List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        String sub = text(body, "sub", errors);
        if (sub == null && errors.stream().noneMatch(e -> e.field().equals("sub"))) {
            errors.add(new FieldError("sub", "must not be blank"));
        }
        String name = text(body, "name", errors);
        String team = text(body, "team", errors);
        List<String> roles = roles(body.get("roles"), errors);
        List<String> scopes = scopes(body.get("scopes"), roles, errors);
        Duration ttl = ttl(body.get("ttl"), errors);
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
            throw new InvalidRequestException(detail, errors);
        }
        return new TokenRequest(sub, name, roles, team, scopes, ttl);
    }

    /** Scopes belong to SYSTEM identities only: a person's rights come from their roles. */
    private static List<String> scopes(JsonNode node, List<String> roles, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(new FieldError("scopes", "must be a JSON array of scope names"));
            return List.of();
        }
        List<String> scopes = new ArrayList<>();
        for (JsonNode scope : node) {
            if (!scope.isTextual() || !SCOPES.contains(scope.asText())) {
                errors.add(new FieldError("scopes",
                        "unknown scope " + scope + "; allowed scopes: " + String.join(", ", SCOPES)));
            } else if (!scopes.contains(scope.asText())) {
                scopes.add(scope.asText());
            }
        }
        if (!scopes.isEmpty() && !roles.contains("SYSTEM")) {
            errors.add(new FieldError("scopes", "only a SYSTEM identity has scopes; people get their rights from roles"));
        }
        return scopes;
    }

    /** @return the trimmed text, or null when absent or blank */
    private static String text(JsonNode body, String field, List<FieldError> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        String value = node.asText().trim();
        return value.isEmpty() ? null : value;
    }

    private static List<String> roles(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            errors.add(new FieldError("roles", "must not be empty; allowed roles: " + String.join(", ", ROLES)));
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(new FieldError("roles", "must be a JSON array of role names"));
            return List.of();
        }
        List<String> roles = new ArrayList<>();
        for (JsonNode role : node) {
            if (!role.isTextual() || !ROLES.contains(role.asText())) {
                errors.add(new FieldError("roles", "unknown role " + role + "; allowed roles: " + String.join(", ", ROLES)));
            } else if (!roles.contains(role.asText())) {
                roles.add(role.asText());
            }
        }
        return roles;
    }

    private static Duration ttl(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return DEFAULT_TTL;
        }
        try {
            Duration ttl = Duration.parse(node.asText());
            if (!ttl.isNegative() && !ttl.isZero() && ttl.compareTo(MAX_TTL) <= 0) {
                return ttl;
            }
        } catch (DateTimeParseException ignored) {
            // reported below
        }
        errors.add(new FieldError("ttl", "must be an ISO-8601 duration between PT1S and P30D, such as PT1H"));
        return DEFAULT_TTL;
    }
}
