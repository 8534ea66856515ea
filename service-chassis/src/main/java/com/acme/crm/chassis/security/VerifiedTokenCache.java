package com.acme.crm.chassis.security;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the tokens whose RS256 signature was already verified, so a client that sends the same bearer token with
 * every request costs one signature check, not one per request (the check was a seventh of order-service's CPU in
 * {@code infra/bench/sign-orders.sh}). A remembered token is validated again on every use (expiry, not-before,
 * issuer, audience), so it stops working the moment it expires; an unknown or refused token goes to the real decoder.
 * At most {@code capacity} tokens are kept, the least recently used dropped first.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Map<String, Jwt> verified;

    VerifiedTokenCache(ReactiveJwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, int capacity) {
        this.decoder = decoder;
        this.validator = validator;
        this.verified = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.get(token);
        if (known != null) {
            if (!validator.validate(known).hasErrors()) {
                return Mono.just(known);
            }
            verified.remove(token); // expired since: the decoder answers with the refusal
        }
        return decoder.decode(token).doOnNext(jwt -> verified.put(token, jwt));
    }
}
