package com.acme.crm.platform;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /oauth2/token} with the client-credentials grant, so services get SYSTEM tokens locally the way they do in production.
 */
final class ClientCredentialsEndpoint implements HttpHandler {

    static final String PATH = "/oauth2/token";
    static final String REALM = "crm-dev";

    private final TokenMinter minter;
    private final List<DevClient> clients;

    ClientCredentialsEndpoint(TokenMinter minter, List<DevClient> clients) {
        this.minter = minter;
        this.clients = List.copyOf(clients);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                HttpExchanges.sendProblem(exchange, 404, "Not Found",
                        "No resource at " + exchange.getRequestURI().getPath(), List.of());
            } else if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                HttpExchanges.sendProblem(exchange, 405, "Method Not Allowed", "Use POST on " + PATH, List.of());
            } else {
                send(exchange, 200, token(exchange));
            }
        } catch (OAuthError e) {
            if (e.basicChallenge()) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            }
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", e.error());
            error.put("error_description", e.getMessage());
            send(exchange, e.status(), error);
        } catch (RuntimeException | IOException e) {
            HttpExchanges.sendProblem(exchange, 500, "Internal Server Error", String.valueOf(e), List.of());
        } finally {
            exchange.close();
        }
    }

    private Map<String, Object> token(HttpExchange exchange) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).split(";")[0].trim()
                .equals("application/x-www-form-urlencoded")) {
            throw OAuthError.invalidRequest("Content-Type must be application/x-www-form-urlencoded");
        }
        FormParameters form;
        try (InputStream body = exchange.getRequestBody()) {
            form = FormParameters.parse(new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
        String grantType = form.get("grant_type")
                .orElseThrow(() -> OAuthError.invalidRequest("grant_type is required"));
        DevClient client = ClientAuthentication.from(exchange.getRequestHeaders().getFirst("Authorization"), form)
                .authenticate(clients);
        if (!grantType.equals("client_credentials")) {
            throw OAuthError.unsupportedGrantType("only grant_type=client_credentials is supported");
        }
        List<String> granted = grantedScopes(client, form.get("scope").orElse(""));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", minter.mint(client.tokenRequest(granted), Map.of("client_id", client.clientId())));
        response.put("token_type", "Bearer");
        response.put("expires_in", DevClient.TOKEN_TTL.toSeconds());
        if (!granted.isEmpty()) {
            // RFC 6749 §5.1: the granted scope, so a client sees what it got.
            response.put("scope", String.join(" ", granted));
        }
        return response;
    }

    /**
     * RFC 6749 §3.3: the requested scopes when the client may have every one of them, all its scopes when it names
     * none; a scope it may not have refuses the whole request rather than silently narrowing it.
     */
    static List<String> grantedScopes(DevClient client, String requested) {
        if (requested.isBlank()) {
            return client.scopes();
        }
        List<String> wanted = Arrays.stream(requested.trim().split(" +")).distinct().toList();
        List<String> refused = wanted.stream().filter(scope -> !client.scopes().contains(scope)).toList();
        if (!refused.isEmpty()) {
            throw OAuthError.invalidScope(client.clientId() + " may not have " + String.join(" ", refused)
                    + "; its scopes are: " + String.join(" ", client.scopes()));
        }
        return wanted;
    }

    private static void send(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        exchange.getResponseHeaders().set("Pragma", "no-cache"); // RFC 6749 §5.1, for HTTP/1.0 caches
        HttpExchanges.sendJson(exchange, status, "application/json", body);
    }
}
