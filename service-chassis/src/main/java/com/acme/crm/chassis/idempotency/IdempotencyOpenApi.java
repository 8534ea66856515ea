package com.acme.crm.chassis.idempotency;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import java.util.Map;

/** Documents the optional {@code Idempotency-Key} header on every command (POST, PUT, PATCH, DELETE) under /api. */
class IdempotencyOpenApi implements GlobalOpenApiCustomizer {

    static final String DESCRIPTION = "Optional (IETF Idempotency-Key draft): a retry with the same key and the same"
            + " request gets the first 2xx answer again (header Idempotent-Replayed: true) and changes nothing; the"
            + " same key with a different request is refused with 422, a retry while the first still runs with 409."
            + " Keys are scoped to the caller and kept for crm.idempotency.ttl (24 h by default).";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : item.readOperationsMap().entrySet()) {
                if (isCommand(operation.getKey()) && !documented(operation.getValue())) {
                    operation.getValue().addParametersItem(header());
                }
            }
        });
    }

    private static boolean isCommand(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
    }

    private static boolean documented(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> IdempotencyFilter.HEADER.equalsIgnoreCase(parameter.getName())
                        && "header".equals(parameter.getIn()));
    }

    private static Parameter header() {
        return new HeaderParameter()
                .name(IdempotencyFilter.HEADER)
                .required(false)
                .description(DESCRIPTION)
                .schema(new StringSchema().minLength(1).maxLength(255).example("8e03978e-40d5-43e8-bc93-6894a57f9324"));
    }
}
