package com.acme.crm.platform;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;

/**
 * A service that may get a token by the client-credentials grant, so service-to-service calls work locally as in production.
 *
 * @param scopes what the client may be granted (see {@link TokenRequest#SCOPES}); a token carries these or fewer
 */
record DevClient(@JsonProperty("client_id") String clientId, String secret, List<String> roles, List<String> scopes,
                 String description) {

    static final String RESOURCE = "/dev/clients.json";
    static final Duration TOKEN_TTL = Duration.ofHours(1);

    static List<DevClient> load() {
        List<DevClient> clients;
        try (InputStream in = DevClient.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            clients = Json.MAPPER.readValue(in, new TypeReference<List<DevClient>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        // A typo in the file should stop the platform, not surface later as a 403 between two services.
        for (DevClient client : clients) {
            if (client.clientId() == null || client.secret() == null || client.roles() == null
                    || client.roles().isEmpty() || !TokenRequest.ROLES.containsAll(client.roles())
                    || client.scopes() == null || !TokenRequest.SCOPES.containsAll(client.scopes())) {
                throw new IllegalStateException(RESOURCE + ": client " + client.clientId()
                        + " needs a client_id, a secret, roles among " + TokenRequest.ROLES + " and scopes among "
                        + TokenRequest.SCOPES);
            }
        }
        return clients;
    }

    /** Constant-time, so the comparison does not leak how much of a secret was right. */
    boolean secretMatches(String candidate) {
        return candidate != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** @param granted the scopes this token carries, a subset of {@link #scopes()} */
    TokenRequest tokenRequest(List<String> granted) {
        return new TokenRequest(clientId, clientId, roles, null, granted, TOKEN_TTL);
    }

    @Override
    public String toString() {
        return "DevClient[" + clientId + ", roles=" + roles + ", scopes=" + scopes + "]";
    }
}
