package com.acme.crm.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Before the banner: one authenticated read per service, so each has fetched the issuer's JWK set and loaded its
 * request path before the first person's request (which would otherwise wait several hundred milliseconds).
 */
final class ServiceWarmUp {

    /** A cheap authenticated read of each service, by module. */
    private static final Map<String, String> READS = Map.of(
            "lead-service", "/api/leads?size=1",
            "customer-service", "/api/customers?size=1",
            "analytics-service", "/api/analytics/funnel");

    private final HttpClient http;
    private final Supplier<String> systemToken;

    ServiceWarmUp(HttpClient http, Supplier<String> systemToken) {
        this.http = http;
        this.systemToken = systemToken;
    }

    void warm(List<ServiceDefinition> running) {
        String token = systemToken.get();
        for (ServiceDefinition service : running) {
            String path = READS.get(service.module());
            if (path == null) {
                continue;
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + path))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                // Warming up is an optimisation: a service that does not answer here is still reported as ready.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
