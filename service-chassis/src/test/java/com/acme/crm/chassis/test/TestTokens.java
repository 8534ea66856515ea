package com.acme.crm.chassis.test;

import com.acme.crm.chassis.security.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.UUID;

/**
 * Real RS256 tokens for tests, signed by a key whose JWK set is served over HTTP exactly as the production issuer
 * serves it, so the services' token validation runs unchanged.
 */
public final class TestTokens {

    /** The {@code iss} of every test token; the test platform makes the services expect it. */
    public static final String ISSUER = "test-issuer";
    /** The {@code aud} of every test token; the test platform makes the services expect it. */
    public static final String AUDIENCE = "crm-platform";

    private static final java.util.Map<String, java.util.List<String>> CLIENT_SCOPES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static RSAKey key;
    private static String jwkSetUri;

    /** The scopes the test issuer grants a client by the client-credentials grant (none unless set here). */
    public static void grantClient(String clientId, String... scopes) {
        CLIENT_SCOPES.put(clientId, java.util.List.of(scopes));
    }

    private TestTokens() {
    }

    /** The URI of the test issuer's JWK set. */
    public static synchronized String jwkSetUri() {
        if (jwkSetUri == null) {
            try {
                key = new RSAKeyGenerator(2048).keyID("test-key").generate();
                byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/.well-known/jwks.json", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, jwks.length);
                    try (OutputStream body = exchange.getResponseBody()) {
                        body.write(jwks);
                    }
                });
                // The client-credentials grant of the test issuer: any client gets a SYSTEM token named after it,
                // with the scopes granted to it by grantClient.
                server.createContext("/oauth2/token", exchange -> {
                    String client = "test-client";
                    String basic = exchange.getRequestHeaders().getFirst("Authorization");
                    if (basic != null && basic.startsWith("Basic ")) {
                        client = new String(java.util.Base64.getDecoder().decode(basic.substring(6)),
                                StandardCharsets.UTF_8).split(":")[0];
                    }
                    byte[] body = ("{\"access_token\":\"" + systemToken(client,
                            CLIENT_SCOPES.getOrDefault(client, java.util.List.of()).toArray(String[]::new))
                            + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
                server.start();
                jwkSetUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jwkSetUri;
    }

    /** The test issuer's client-credentials token endpoint. */
    public static String tokenUri() {
        return jwkSetUri().replace("/.well-known/jwks.json", "/oauth2/token");
    }

    /** A bearer token for a user with these roles in that team (null for none). */
    public static String token(String subject, @Nullable String team, Role... roles) {
        return token(subject, team, java.util.List.of(), roles);
    }

    /** A SYSTEM client's token with these OAuth scopes (see {@code Scopes}). */
    public static String systemToken(String client, String... scopes) {
        return token(client, null, java.util.List.of(scopes), Role.SYSTEM);
    }

    /** A token signed by the trusted key, but naming this issuer and audience (null for none). */
    public static String tokenFrom(@Nullable String issuer, @Nullable String audience, String subject, Role... roles) {
        return token(issuer, audience, subject, null, java.util.List.of(), roles);
    }

    private static String token(String subject, @Nullable String team, java.util.List<String> scopes, Role... roles) {
        return token(ISSUER, AUDIENCE, subject, team, scopes, roles);
    }

    private static String token(@Nullable String issuer, @Nullable String audience, String subject,
                                @Nullable String team, java.util.List<String> scopes, Role... roles) {
        jwkSetUri();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(subject)
                .claim("name", subject)
                .claim("roles", Arrays.stream(roles).map(Role::name).toList())
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .jwtID(UUID.randomUUID().toString());
        if (team != null) {
            claims.claim("team", team);
        }
        if (!scopes.isEmpty()) {
            claims.claim("scope", String.join(" ", scopes));
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A sales rep of that team. */
    public static String rep(String subject, String team) {
        return token(subject, team, Role.SALES_REP);
    }

    /** The sales manager of that team. */
    public static String manager(String subject, String team) {
        return token(subject, team, Role.SALES_MANAGER);
    }

    /** A team name no other test uses, so tests sharing a database do not see each other's records. */
    public static String uniqueTeam() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A token signed by a key the services do not trust. */
    public static String forgedToken(String subject, Role... roles) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(subject)
                    .claim("roles", Arrays.stream(roles).map(Role::name).toList())
                    .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-key").build(), claims);
            jwt.sign(new RSASSASigner(stranger));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
