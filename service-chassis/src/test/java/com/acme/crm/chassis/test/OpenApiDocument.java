package com.acme.crm.chassis.test;

import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's OpenAPI document as its clients read it ({@code GET /v3/api-docs}): written to
 * {@code target/openapi/<service>.json} for Redocly's lint in CI ({@code .ci/run}), and checked here for what matters
 * on a machine without Node: the bearer-JWT scheme applied globally, no CrmUser argument, and every /api operation
 * with a summary, a tag, a unique operationId and its problem responses (401, 403, 503; 404 under an {id}; 409 and
 * 422 for commands) as application/problem+json.
 */
public final class OpenApiDocument {

    private static final Set<String> COMMANDS = Set.of("post", "put", "patch", "delete");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiDocument() {
    }

    /** Fetches the document, writes it to target/openapi/{@code service}.json and returns it. */
    public static JsonNode fetchAndWrite(WebTestClient web, String service) {
        String body = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).isNotBlank();
        try {
            Path file = Path.of("target", "openapi", service + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JsonMapper.builder().build().readTree(body);
    }

    /** The checks a machine without Node runs; Redocly's recommended lint in CI runs the rest. */
    public static void assertReadable(JsonNode docs) {
        assertThat(docs.toString()).as("the CrmUser argument is hidden").doesNotContain("CrmUser");
        assertThat(docs.at("/info/title").asString("")).isNotBlank();
        assertThat(docs.at("/info/license/name").asString("")).isNotBlank();
        JsonNode scheme = docs.at("/components/securitySchemes/bearer-jwt");
        assertThat(scheme.path("type").asString("")).isEqualTo("http");
        assertThat(scheme.path("scheme").asString("")).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString("")).isEqualTo("JWT");
        assertThat(docs.at("/security").toString()).as("bearer-jwt applies to every operation").contains("\"bearer-jwt\"");
        assertThat(docs.at("/components/schemas/ProblemDetail/properties/status").isMissingNode()).isFalse();

        Set<String> operationIds = new HashSet<>();
        List<String> apiOperations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                assertThat(operationIds.add(operation.path("operationId").asString("")))
                        .as("%s has a unique operationId", name).isTrue();
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                apiOperations.add(name);
                assertThat(operation.path("summary").asString("")).as("%s has a summary", name).isNotBlank();
                assertThat(operation.path("tags").isEmpty()).as("%s has a tag", name).isFalse();
                List<String> problems = new ArrayList<>(List.of("401", "403", "503"));
                if (path.getKey().contains("{")) {
                    problems.add("404");
                }
                if (COMMANDS.contains(entry.getKey())) {
                    problems.addAll(List.of("400", "409", "422"));
                }
                for (String status : problems) {
                    assertThat(problem(docs, operation.path("responses").path(status)))
                            .as("%s answers %s with application/problem+json", name, status).isTrue();
                }
            }
        }
        assertThat(apiOperations).as("the document lists the /api operations").isNotEmpty();
    }

    /** Whether a response (or the component it refers to) is application/problem+json. */
    private static boolean problem(JsonNode docs, JsonNode response) {
        JsonNode resolved = response;
        if (response.has("$ref")) {
            resolved = docs.at(response.path("$ref").asString("").substring(1));
        }
        return !resolved.at("/content/application~1problem+json/schema").isMissingNode();
    }
}
