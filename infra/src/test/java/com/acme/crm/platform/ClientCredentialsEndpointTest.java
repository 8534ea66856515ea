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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientCredentialsEndpointTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @TempDir
    static Path dataDir;

    static TokenIssuerServer server;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startIssuer() throws IOException {
        TokenMinter minter = new TokenMinter(DevIssuerKeys.loadOrCreate(dataDir.resolve("key.json")),
                "http://localhost:8090", Clock.systemUTC());
        DevClockForwarder clock = new DevClockForwarder(List::of, () -> minter.mint(TokenIssuerServer.DEV_CLOCK), http);
        server = new TokenIssuerServer(0, minter, clock, DemoUser.load(), DevClient.load()).start();
    }

    @AfterAll
    static void stopIssuer() {
        server.close();
    }

    @Test
    void basicAuthenticatedClientGetsASystemTokenThatVerifiesAgainstTheServedJwks() throws Exception {
        HttpResponse<String> response = token(basic("customer-service", "dev-secret"),
                "grant_type=client_credentials");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = Json.MAPPER.readTree(response.body());
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(body.fieldNames()).toIterable()
                .containsExactly("access_token", "token_type", "expires_in", "scope");
        assertThat(body.get("scope").asText()).isEqualTo("leads.read leads.contact.read");
        assertSystemToken(body.get("access_token").asText(), "customer-service", "leads.read leads.contact.read");
    }

    @Test
    void formAuthenticatedClientGetsTheSameKindOfToken() throws Exception {
        HttpResponse<String> response = token(null,
                "grant_type=client_credentials&client_id=lead-service&client_secret=dev-secret&scope=customers.read");

        assertThat(response.statusCode()).isEqualTo(200);
        assertSystemToken(Json.MAPPER.readTree(response.body()).get("access_token").asText(), "lead-service",
                "customers.read");
    }

    @Test
    void basicCredentialsAreFormUrlDecodedAndContentTypeMayCarryACharset() throws Exception {
        // RFC 6749 §2.3.1: id and secret are form-urlencoded before Base64; "%2D" is "-".
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", FORM + ";charset=UTF-8")
                .header("Authorization", basic("order%2Dservice", "dev%2Dsecret"))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertSystemToken(Json.MAPPER.readTree(response.body()).get("access_token").asText(), "order-service",
                "customers.read leads.read");
    }

    @Test
    void analyticsServiceGetsMaskedReadsButNeverTheLeadsContactData() throws Exception {
        // B-3: only customer-service reads a prospect's contact data.
        HttpResponse<String> response = token(basic("analytics-service", "dev-secret"),
                "grant_type=client_credentials");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Json.MAPPER.readTree(response.body());
        assertThat(body.get("scope").asText().split(" ")).containsExactly("leads.read", "customers.read");
        JWTClaimsSet claims = SignedJWT.parse(body.get("access_token").asText()).getJWTClaimsSet();
        assertThat(claims.getStringClaim("scope").split(" "))
                .containsExactly("leads.read", "customers.read")
                .doesNotContain("leads.contact.read");
    }

    @Test
    void aRequestedSubsetOfTheClientsScopesIsWhatTheTokenCarries() throws Exception {
        HttpResponse<String> response = token(basic("customer-service", "dev-secret"),
                "grant_type=client_credentials&scope=leads.read");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Json.MAPPER.readTree(response.body());
        assertThat(body.get("scope").asText()).isEqualTo("leads.read");
        assertSystemToken(body.get("access_token").asText(), "customer-service", "leads.read");
    }

    @Test
    void aScopeTheClientMayNotHaveIs400InvalidScope() throws Exception {
        HttpResponse<String> response = token(basic("analytics-service", "dev-secret"),
                "grant_type=client_credentials&scope=leads.read%20leads.contact.read");

        assertThat(response.statusCode()).isEqualTo(400);
        assertError(response, "invalid_scope");
        assertThat(Json.MAPPER.readTree(response.body()).get("error_description").asText())
                .contains("leads.contact.read").doesNotContain("access_token");
    }

    @Test
    void anUnknownScopeIs400InvalidScope() throws Exception {
        HttpResponse<String> response = token(basic("lead-service", "dev-secret"),
                "grant_type=client_credentials&scope=admin");

        assertThat(response.statusCode()).isEqualTo(400);
        assertError(response, "invalid_scope");
    }

    @Test
    void wrongSecretWithBasicIs401InvalidClientWithAChallenge() throws Exception {
        HttpResponse<String> response = token(basic("lead-service", "wrong"), "grant_type=client_credentials");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"crm-dev\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertError(response, "invalid_client");
    }

    @Test
    void unknownClientInTheFormIs401InvalidClient() throws Exception {
        HttpResponse<String> response = token(null,
                "grant_type=client_credentials&client_id=billing-service&client_secret=dev-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertError(response, "invalid_client");
    }

    @Test
    void noClientAuthenticationIs401InvalidClient() throws Exception {
        HttpResponse<String> response = token(null, "grant_type=client_credentials");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"crm-dev\"");
        assertError(response, "invalid_client");
    }

    @Test
    void otherGrantIs400UnsupportedGrantType() throws Exception {
        HttpResponse<String> response = token(basic("lead-service", "dev-secret"),
                "grant_type=password&username=rep-1&password=x");

        assertThat(response.statusCode()).isEqualTo(400);
        assertError(response, "unsupported_grant_type");
    }

    @Test
    void missingGrantTypeIs400InvalidRequest() throws Exception {
        HttpResponse<String> response = token(basic("lead-service", "dev-secret"), "scope=x");

        assertThat(response.statusCode()).isEqualTo(400);
        assertError(response, "invalid_request");
    }

    @Test
    void bothAuthenticationMethodsAtOnceIs400InvalidRequest() throws Exception {
        HttpResponse<String> response = token(basic("lead-service", "dev-secret"),
                "grant_type=client_credentials&client_id=lead-service&client_secret=dev-secret");

        assertThat(response.statusCode()).isEqualTo(400);
        assertError(response, "invalid_request");
    }

    @Test
    void repeatedParameterAndJsonBodyAre400InvalidRequest() throws Exception {
        assertError(token(basic("lead-service", "dev-secret"),
                "grant_type=client_credentials&grant_type=client_credentials"), "invalid_request");

        HttpResponse<String> json = send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic("lead-service", "dev-secret"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}")));
        assertThat(json.statusCode()).isEqualTo(400);
        assertError(json, "invalid_request");
    }

    @Test
    void onlyPostOnTheExactPath() throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(uri("/oauth2/token")).GET());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(send(HttpRequest.newBuilder(uri("/oauth2/token/x")).GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void everyServiceIsAClientWithTheDevSecretOnlySystemAndKnownScopes() {
        List<DevClient> clients = DevClient.load();

        // Every service, then the systems outside the platform (the product department reads N-9's queue).
        List<String> expected = new java.util.ArrayList<>(ServiceDefinition.ALL.stream().map(ServiceDefinition::module).toList());
        expected.add("product-department");
        assertThat(clients).extracting(DevClient::clientId).containsExactlyElementsOf(expected);
        assertThat(clients).filteredOn(c -> c.scopes().contains("leads.contact.read"))
                .extracting(DevClient::clientId).containsExactly("customer-service");
        assertThat(clients).allSatisfy(client -> {
            assertThat(client.secretMatches("dev-secret")).isTrue();
            assertThat(client.roles()).containsExactly("SYSTEM");
            assertThat(client.scopes()).isNotEmpty().isSubsetOf(TokenRequest.SCOPES);
            assertThat(client.description()).isNotBlank();
            assertThat(client.toString()).doesNotContain("dev-secret");
        });
    }

    private static void assertSystemToken(String token, String clientId, String scope) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        JWKSet jwks = JWKSet.parse(send(HttpRequest.newBuilder(uri("/.well-known/jwks.json")).GET()).body());
        RSAKey publicKey = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(publicKey).isNotNull();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(publicKey))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8090");
        assertThat(claims.getAudience()).containsExactly("crm-platform");
        assertThat(claims.getStringClaim("scope")).isEqualTo(scope);
        assertThat(claims.getSubject()).isEqualTo(clientId);
        assertThat(claims.getStringClaim("name")).isEqualTo(clientId);
        assertThat(claims.getStringClaim("client_id")).isEqualTo(clientId);
        assertThat(claims.getStringListClaim("roles")).containsExactly("SYSTEM");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getClaims()).doesNotContainKeys("team")
                .containsOnlyKeys("iss", "aud", "sub", "name", "roles", "scope", "iat", "exp", "jti", "client_id");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
    }

    private static void assertError(HttpResponse<String> response, String error) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = Json.MAPPER.readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("error_description").asText()).isNotBlank();
    }

    private static HttpResponse<String> token(String authorization, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
