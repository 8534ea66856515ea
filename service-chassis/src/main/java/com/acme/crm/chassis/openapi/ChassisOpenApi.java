package com.acme.crm.chassis.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every service's OpenAPI document says the same way: its title and version, the bearer-JWT security scheme
 * applied to every operation, and the RFC 9457 problem responses ({@code application/problem+json}, one shared
 * {@code ProblemDetail} schema) each operation can answer: 401 and 403 (the security filter and method security),
 * 503 (the database cannot be reached), 400 where the request carries parameters or a body, 404 under an
 * {@code {id}}, and for commands 409 and 422 (conflicts, business-rule refusals, Idempotency-Key misuse).
 */
class ChassisOpenApi implements GlobalOpenApiCustomizer {

    static final String SECURITY_SCHEME = "bearer-jwt";
    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final Set<PathItem.HttpMethod> COMMANDS = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** The problem responses by status: component name and description. */
    private static final Map<String, String[]> PROBLEMS = Map.of(
            "400", new String[] {"BadRequest", "Invalid request: the problem's errors name each refused field"},
            "401", new String[] {"Unauthorized", "No valid bearer token of the platform's issuer and audience"},
            "403", new String[] {"Forbidden", "The caller's roles, scopes or data scope do not allow this"},
            "404", new String[] {"NotFound", "No such resource, or none the caller may see"},
            "409", new String[] {"Conflict", "Conflicts with the current state, or the same Idempotency-Key is still"
                    + " being answered"},
            "422", new String[] {"UnprocessableContent", "A business rule refuses the command (the problem's rule names"
                    + " its id), or the Idempotency-Key was used with another request"},
            "503", new String[] {"ServiceUnavailable", "The database cannot be reached; nothing was changed. Retry"
                    + " after retryAfterSeconds"});

    private final String title;
    private final String version;

    ChassisOpenApi(String title, String version) {
        this.title = title;
        this.version = version;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
        openApi.info(info.title(title).version(version)
                .description("The " + title + " API of the ACME CRM platform. Every request carries a bearer JWT from"
                        + " the platform's issuer; every refusal is an RFC 9457 problem (application/problem+json).")
                // Internal software: no public licence, said with an SPDX licence reference (Redocly's info-license-strict).
                .license(new License().name("Proprietary, ACME internal").identifier("LicenseRef-ACME-Proprietary")));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        components.addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("An access token of the platform's OAuth 2 issuer: users carry roles, systems scopes"));
        if (openApi.getSecurity() == null || openApi.getSecurity().stream()
                .noneMatch(requirement -> requirement.containsKey(SECURITY_SCHEME))) {
            openApi.addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
        }
        Map<String, Schema<?>> fieldError = new LinkedHashMap<>();
        fieldError.put("field", string("The refused field, e.g. contacts[0].phone"));
        fieldError.put("message", string("Why it was refused"));
        components.addSchemas("FieldError", object(fieldError, List.of("field", "message")));
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> addProblems(components, path, method, operation)));
    }

    private static void addProblems(Components components, String path, PathItem.HttpMethod method,
                                    Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        List<String> statuses = new ArrayList<>(List.of("401", "403", "503"));
        boolean input = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || operation.getRequestBody() != null;
        if (input) {
            statuses.add("400");
        }
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (COMMANDS.contains(method)) {
            statuses.addAll(List.of("409", "422"));
        }
        for (String status : statuses.stream().sorted().toList()) {
            String[] problem = PROBLEMS.get(status);
            if (components.getResponses() == null || !components.getResponses().containsKey(problem[0])) {
                components.addResponses(problem[0], new ApiResponse().description(problem[1])
                        .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
            }
            // An answer the operation documents itself (a 409 of its own exception handler) is replaced by the shared
            // problem response only when it says nothing about its content.
            ApiResponse own = responses.get(status);
            if (own == null || own.getContent() == null || !own.getContent().containsKey(PROBLEM_JSON)) {
                responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + problem[0]));
            }
        }
    }

    private static Schema<Object> problemSchema() {
        Map<String, Schema<?>> properties = new LinkedHashMap<>();
        properties.put("type", string("A URI naming the kind of refusal, e.g. https://crm.acme.com/problems/invalid-request")
                .format("uri"));
        properties.put("title", string("A short summary of the kind of refusal"));
        properties.put("status", typed("integer", "The HTTP status code").format("int32"));
        properties.put("detail", string("What was refused, for this request"));
        properties.put("instance", string("The request path").format("uri-reference"));
        properties.put("errors", typed("array", "400: one entry per refused field")
                .items(new Schema<>().$ref("#/components/schemas/FieldError")));
        properties.put("rule", string("422 and some 409s: the id of the business rule that refuses, e.g. L-3"));
        properties.put("retryAfterSeconds", typed("integer", "503: when to try again").format("int64"));
        return object(properties, List.of("type", "title", "status"))
                .description("An RFC 9457 problem; members beyond the standard five appear where noted");
    }

    private static Schema<Object> object(Map<String, Schema<?>> properties, List<String> required) {
        Schema<Object> schema = typed("object", null);
        properties.forEach(schema::addProperty);
        return schema.required(required);
    }

    private static Schema<Object> string(String description) {
        return typed("string", description);
    }

    /** A schema of one type, written for OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) documents alike. */
    private static Schema<Object> typed(String type, String description) {
        Schema<Object> schema = new Schema<>();
        schema.type(type);
        schema.types(new LinkedHashSet<>(List.of(type)));
        return description == null ? schema : schema.description(description);
    }
}
