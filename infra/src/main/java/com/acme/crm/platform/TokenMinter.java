package com.acme.crm.platform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * Signs RS256 access tokens with the claims the services' resource servers read: iss, aud, sub, name, roles, team and
 * (for SYSTEM identities) scope.
 */
final class TokenMinter {

    /** The audience every service checks ({@code crm.security.audience}, {@code CRM_JWT_AUDIENCE}). */
    static final String AUDIENCE = "crm-platform";

    private final RSAKey key;
    private final String issuer;
    private final Clock clock;
    private final RSASSASigner signer;

    TokenMinter(RSAKey key, String issuer, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new PlatformException("the dev issuer key cannot sign: " + e.getMessage(), e);
        }
    }

    String mint(TokenRequest request) {
        return mint(request, Map.of());
    }

    /** @param extraClaims claims beyond the user's, e.g. {@code client_id} for client-credentials tokens */
    String mint(TokenRequest request, Map<String, Object> extraClaims) {
        // Whole seconds: JWT times are seconds anyway, and this keeps exp - iat exactly the requested ttl.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject(request.sub())
                .claim("roles", request.roles())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(request.ttl())))
                .jwtID(UUID.randomUUID().toString());
        if (request.name() != null) {
            claims.claim("name", request.name());
        }
        if (request.team() != null) {
            claims.claim("team", request.team());
        }
        if (!request.scopes().isEmpty()) {
            // RFC 9068 §2.2.3: one space-separated string, as Spring Security reads it.
            claims.claim("scope", String.join(" ", request.scopes()));
        }
        extraClaims.forEach(claims::claim);
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed", e);
        }
        return jwt.serialize();
    }

    /** The public half only: {@link JWKSet#toJSONObject()} leaves private parameters out. */
    Map<String, Object> publicJwkSet() {
        return new JWKSet(key.toPublicJWK()).toJSONObject();
    }

    String issuer() {
        return issuer;
    }
}
