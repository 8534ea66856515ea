package com.acme.crm.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The dev token issuer: the JWKS the services trust, tokens for any demo identity and the client-credentials grant. Local use only.
 */
final class TokenIssuerServer implements AutoCloseable {

    static final int DEFAULT_PORT = 8090;

    /**
     * The identity the issuer uses itself when it moves the services' clocks and warms them up with one read each
     * (hence the read scopes).
     */
    static final TokenRequest DEV_CLOCK = new TokenRequest("dev-clock", "Dev clock", List.of("SYSTEM"), null,
            List.of("leads.read", "customers.read", "analytics.read"), Duration.ofMinutes(5));

    private final HttpServer server;
    private final ExecutorService executor;

    TokenIssuerServer(int port, TokenMinter minter, DevClockForwarder clock, List<DemoUser> users,
                      List<DevClient> clients) throws IOException {
        // Loopback only: anyone who can reach this port can mint any identity.
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/.well-known/jwks.json",
                HttpExchanges.route("/.well-known/jwks.json", Set.of("GET"), exchange -> minter.publicJwkSet()));
        server.createContext("/dev/tokens", HttpExchanges.route("/dev/tokens", Set.of("POST"),
                exchange -> Map.of("token", minter.mint(TokenRequest.fromJson(HttpExchanges.readJson(exchange))))));
        server.createContext("/dev/clock", HttpExchanges.route("/dev/clock", Set.of("GET", "POST"), exchange -> {
            if (exchange.getRequestMethod().equals("GET")) {
                return clock.forward(null);
            }
            JsonNode body = HttpExchanges.readJson(exchange);
            if (!body.isObject()) {
                throw new InvalidRequestException("The request body must be a JSON object such as {\"advance\":\"PT49H\"}.",
                        List.of());
            }
            return clock.forward(body.toString());
        }));
        server.createContext(ClientCredentialsEndpoint.PATH, new ClientCredentialsEndpoint(minter, clients));
        server.createContext("/dev/users", HttpExchanges.route("/dev/users", Set.of("GET"), exchange -> users));
        // A few threads: the clock call waits on services, and that must not block token requests.
        executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "token-issuer");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
    }

    /** Serves one more context, e.g. {@link PlatformControl}; call before {@link #start()}. */
    TokenIssuerServer with(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    TokenIssuerServer start() {
        server.start();
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
