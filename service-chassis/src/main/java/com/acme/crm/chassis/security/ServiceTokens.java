package com.acme.crm.chassis.security;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bearer token for this service's own calls to another service (role SYSTEM), from the organisation's
 * authorization server by the OAuth 2.0 client-credentials grant; cached until shortly before it expires.
 */
public class ServiceTokens {

    private static final Duration EARLY = Duration.ofSeconds(60);

    private final WebClient http;
    private final String tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    public ServiceTokens(WebClient http, String tokenUri, String clientId, String clientSecret) {
        this.http = http;
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** A valid access token, fetched when none is cached or the cached one is about to expire. */
    public Mono<String> token() {
        Cached current = cached.get();
        Instant now = Instant.now(); // token lifetimes are real time, not the adjustable business clock
        if (current != null && now.isBefore(current.expiresAt())) {
            return Mono.just(current.token());
        }
        return http.post().uri(tokenUri)
                .headers(headers -> headers.setBasicAuth(clientId, clientSecret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials"))
                .retrieve()
                .bodyToMono(Map.class)
                .map(body -> {
                    String token = String.valueOf(body.get("access_token"));
                    long seconds = body.get("expires_in") instanceof Number n ? n.longValue() : 300;
                    cached.set(new Cached(token, Instant.now().plusSeconds(seconds).minus(EARLY)));
                    return token;
                });
    }

    /** The {@code Authorization} header value for a service call. */
    public Mono<String> authorization() {
        return token().map(token -> "Bearer " + token);
    }

    private record Cached(String token, Instant expiresAt) {
    }
}
