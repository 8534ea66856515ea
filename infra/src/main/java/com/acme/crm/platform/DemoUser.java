package com.acme.crm.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A demo sales-team member or integrating system; the one list serves {@code GET /dev/users}, demo loading and the
 * README. Only a SYSTEM identity has {@code scopes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DemoUser(String sub, String name, List<String> roles, String team, List<String> scopes) {

    static final String RESOURCE = "/demo/users.json";

    static List<DemoUser> load() {
        try (InputStream in = DemoUser.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return Json.MAPPER.readValue(in, new TypeReference<List<DemoUser>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    TokenRequest tokenRequest() {
        return new TokenRequest(sub, name, roles, team, scopes, TokenRequest.DEFAULT_TTL);
    }
}
