package com.acme.crm.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Moves every running service's dev clock at once, so time-based rules (e.g. 48 h follow-up SLAs) can be demoed together.
 */
final class DevClockForwarder {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<List<ServiceDefinition>> runningServices;
    private final Supplier<String> systemToken;
    private final HttpClient http;

    DevClockForwarder(Supplier<List<ServiceDefinition>> runningServices, Supplier<String> systemToken, HttpClient http) {
        this.runningServices = runningServices;
        this.systemToken = systemToken;
        this.http = http;
    }

    /**
     * @param jsonBody the caller's body for POST, passed on unchanged; null for GET
     * @return {@code {"services": {name: response-or-error}}}; one failing service does not fail the whole call
     */
    Map<String, Object> forward(String jsonBody) {
        String authorization = "Bearer " + systemToken.get();
        Map<String, CompletableFuture<Object>> calls = new LinkedHashMap<>();
        for (ServiceDefinition service : runningServices.get()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/dev/clock"))
                    .timeout(TIMEOUT)
                    .header("Authorization", authorization)
                    .header("Accept", "application/json");
            if (jsonBody == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody));
            }
            calls.put(service.module(), http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                    .thenApply(DevClockForwarder::result)
                    .exceptionally(e -> Map.of("error", String.valueOf(e.getCause() != null ? e.getCause() : e))));
        }
        Map<String, Object> services = new LinkedHashMap<>();
        calls.forEach((name, call) -> services.put(name, call.join()));
        return Map.of("services", services);
    }

    private static Object result(HttpResponse<String> response) {
        JsonNode body = parse(response.body());
        if (response.statusCode() / 100 == 2 && body != null) {
            return body;
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", "HTTP " + response.statusCode());
        error.put("body", body != null ? body : response.body());
        return error;
    }

    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? null : Json.MAPPER.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }
}
