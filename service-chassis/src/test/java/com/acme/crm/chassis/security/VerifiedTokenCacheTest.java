package com.acme.crm.chassis.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token's signature is checked once; the cached token is still refused once it expires. */
class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final Map<String, Jwt> issued = new HashMap<>();
    private final AtomicInteger verifications = new AtomicInteger();
    private final ReactiveJwtDecoder signatureChecking = token -> {
        verifications.incrementAndGet();
        Jwt jwt = issued.get(token);
        return jwt == null ? Mono.error(new BadJwtException("bad signature")) : Mono.just(jwt);
    };

    @Test
    void theSameTokenIsVerifiedOnceAndThenServedFromTheCache() {
        VerifiedTokenCache cache = cacheAt(NOW, 10);
        issue("a", NOW.plus(Duration.ofMinutes(30)));

        for (int i = 0; i < 100; i++) {
            assertThat(cache.decode("a").block().getSubject()).isEqualTo("rep-a");
        }
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aTokenPastItsExpiryIsNotServedFromTheCacheButGoesBackToTheDecoder() {
        issue("a", NOW.plus(Duration.ofMinutes(30)));
        MovableClock clock = new MovableClock(NOW);
        JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);
        validator.setClock(clock);
        VerifiedTokenCache cache = new VerifiedTokenCache(signatureChecking, validator, 10);
        cache.decode("a").block();

        clock.now = NOW.plus(Duration.ofHours(1));
        issued.remove("a"); // the real decoder would refuse it now

        assertThatThrownBy(() -> cache.decode("a").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void anUnknownTokenIsRefusedAndNotRemembered() {
        VerifiedTokenCache cache = cacheAt(NOW, 10);

        assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void atMostCapacityTokensAreKeptTheLeastRecentlyUsedDroppedFirst() {
        VerifiedTokenCache cache = cacheAt(NOW, 2);
        for (String token : new String[] {"a", "b", "c"}) {
            issue(token, NOW.plus(Duration.ofMinutes(30)));
        }
        cache.decode("a").block();
        cache.decode("b").block();
        cache.decode("a").block(); // a is now more recent than b
        cache.decode("c").block(); // drops b

        cache.decode("a").block();
        assertThat(verifications).hasValue(3);
        cache.decode("b").block();
        assertThat(verifications).hasValue(4);
    }

    private VerifiedTokenCache cacheAt(Instant now, int capacity) {
        JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);
        validator.setClock(Clock.fixed(now, ZoneOffset.UTC));
        return new VerifiedTokenCache(signatureChecking, validator, capacity);
    }

    private void issue(String token, Instant expiresAt) {
        issued.put(token, Jwt.withTokenValue(token).header("alg", "RS256").subject("rep-" + token)
                .issuedAt(NOW.minusSeconds(60)).expiresAt(expiresAt).build());
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
