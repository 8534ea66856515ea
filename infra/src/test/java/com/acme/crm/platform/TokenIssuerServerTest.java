package com.acme.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenIssuerServerTest {

    @TempDir
    static Path dataDir;

    static TokenIssuerServer server;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startIssuer() throws IOException {
        TokenMinter minter = new TokenMinter(DevIssuerKeys.loadOrCreate(dataDir.resolve("key.json")),
                "http://localhost:8090", Clock.systemUTC());
        // No services run in this test, so the clock call must answer with an empty map.
        DevClockForwarder clock = new DevClockForwarder(List::of, () -> minter.mint(TokenIssuerServer.DEV_CLOCK), http);
        server = new TokenIssuerServer(0, minter, clock, DemoUser.load(), DevClient.load()).start();
    }

    @AfterAll
    static void stopIssuer() {
        server.close();
    }

    @Test
    void mintedTokenVerifiesAgainstTheServedJwks() throws Exception {
        HttpResponse<String> response = post("/dev/tokens",
                "{\"sub\":\"rep-1\",\"name\":\"Rep One\",\"roles\":[\"SALES_REP\"],\"team\":\"east\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(Json.MAPPER.readTree(response.body()).get("token").asText());

        JWKSet jwks = JWKSet.parse(get("/.well-known/jwks.json").body());
        RSAKey publicKey = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(publicKey).isNotNull();
        assertThat(publicKey.isPrivate()).isFalse();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(publicKey))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8090");
        assertThat(claims.getAudience()).containsExactly("crm-platform");
        assertThat(claims.getClaims()).doesNotContainKey("scope");
        assertThat(claims.getSubject()).isEqualTo("rep-1");
        assertThat(claims.getStringClaim("name")).isEqualTo("Rep One");
        assertThat(claims.getStringListClaim("roles")).containsExactly("SALES_REP");
        assertThat(claims.getStringClaim("team")).isEqualTo("east");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(12));
    }

    @Test
    void honoursTtlAndOmitsTeamForDirectors() throws Exception {
        HttpResponse<String> response = post("/dev/tokens",
                "{\"sub\":\"dir-1\",\"roles\":[\"SALES_DIRECTOR\"],\"ttl\":\"PT1H\"}");
        JWTClaimsSet claims = SignedJWT.parse(Json.MAPPER.readTree(response.body()).get("token").asText())
                .getJWTClaimsSet();
        assertThat(claims.getClaims()).doesNotContainKey("team");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void unknownRoleIsA400ProblemNamingTheField() throws Exception {
        HttpResponse<String> response = post("/dev/tokens", "{\"sub\":\"rep-1\",\"roles\":[\"KING\"]}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Json.MAPPER.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("about:blank");
        assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).contains("KING");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("roles");
    }

    @Test
    void missingSubAndEmptyRolesAreBothReported() throws Exception {
        HttpResponse<String> response = post("/dev/tokens", "{\"roles\":[],\"ttl\":\"soon\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(response.body()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("sub", "roles", "ttl");
    }

    @Test
    void aSystemIdentityGetsTheScopesItAsksFor() throws Exception {
        HttpResponse<String> response = post("/dev/tokens",
                "{\"sub\":\"sys-erp\",\"roles\":[\"SYSTEM\"],\"scopes\":[\"leads.read\",\"customers.write\"]}");
        assertThat(response.statusCode()).isEqualTo(200);
        JWTClaimsSet claims = SignedJWT.parse(Json.MAPPER.readTree(response.body()).get("token").asText())
                .getJWTClaimsSet();
        assertThat(claims.getStringClaim("scope")).isEqualTo("leads.read customers.write");
    }

    @Test
    void unknownScopeAndScopesForAPersonAre400sNamingTheField() throws Exception {
        HttpResponse<String> unknown = post("/dev/tokens",
                "{\"sub\":\"sys-x\",\"roles\":[\"SYSTEM\"],\"scopes\":[\"leads.delete\"]}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        JsonNode problem = Json.MAPPER.readTree(unknown.body());
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("scopes");
        assertThat(problem.get("detail").asText()).contains("leads.delete");

        HttpResponse<String> person = post("/dev/tokens",
                "{\"sub\":\"rep-1\",\"roles\":[\"SALES_REP\"],\"scopes\":[\"leads.read\"]}");
        assertThat(person.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(person.body()).get("errors").findValuesAsText("field"))
                .containsExactly("scopes");
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        assertThat(post("/dev/tokens", "{not json").statusCode()).isEqualTo(400);
    }

    @Test
    void servesTheDemoUsers() throws Exception {
        JsonNode users = Json.MAPPER.readTree(get("/dev/users").body());
        assertThat(users.findValuesAsText("sub")).contains("rep-1", "mgr-east", "dir-1", "sys-erp").hasSize(14);
    }

    @Test
    void clockWithoutServicesAnswersAnEmptyMap() throws Exception {
        HttpResponse<String> response = post("/dev/clock", "{\"advance\":\"PT49H\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(response.body()).get("services").isEmpty()).isTrue();
    }

    @Test
    void wrongMethodAndUnknownPathAreRejected() throws Exception {
        assertThat(get("/dev/tokens").statusCode()).isEqualTo(405);
        assertThat(get("/dev/tokens/extra").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
