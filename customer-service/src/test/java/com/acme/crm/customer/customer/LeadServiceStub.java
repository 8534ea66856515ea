package com.acme.crm.customer.customer;

import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.TestTokens;

import com.sun.net.httpserver.HttpServer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * lead-service's contact API as customer-service calls it for a converted lead (L-6), answering only a token that
 * carries the {@code leads.contact.read} scope. Every customer-service integration test extends this class, so they
 * share one Spring context (one set of consumers and jobs on the shared database).
 */
public abstract class LeadServiceStub {

    /** The client id customer-service uses for the client-credentials grant ({@code crm.service-auth.client-id}). */
    public static final String CLIENT_ID = "customer-service";

    static final HttpServer LEAD_SERVICE = leadService();

    static {
        // B-3: the authorization server grants customer-service (and only it) the scope to read a lead's contact data.
        TestTokens.grantClient(CLIENT_ID, Scopes.LEADS_CONTACT_READ);
    }

    @DynamicPropertySource
    static void leadServiceUrl(DynamicPropertyRegistry registry) {
        registry.add("crm.services.lead", () -> "http://127.0.0.1:" + LEAD_SERVICE.getAddress().getPort());
        registry.add("crm.customer.contact-fetch-interval", () -> "200ms");
    }

    private static HttpServer leadService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/leads/", exchange -> {
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                String leadId = exchange.getRequestURI().getPath().split("/")[3];
                byte[] body = ("{\"leadId\":\"" + leadId + "\",\"name\":\"Lead Person " + leadId.substring(0, 8)
                        + "\",\"company\":\"Suzhou Gears\",\"phone\":\"+86 138 0000 0001\",\"email\":null}")
                        .getBytes(StandardCharsets.UTF_8);
                int status = auth == null || !auth.startsWith("Bearer ") ? 401
                        : scopes(auth.substring(7)).contains(" " + Scopes.LEADS_CONTACT_READ + " ") ? 200 : 403;
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, status == 200 ? body.length : -1);
                if (status == 200) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token's {@code scope} claim padded with spaces (the real lead-service verifies the signature too). */
    private static String scopes(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return "";
        }
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        java.util.regex.Matcher scope = java.util.regex.Pattern.compile("\"scope\"\\s*:\\s*\"([^\"]*)\"").matcher(claims);
        return scope.find() ? " " + scope.group(1) + " " : "";
    }
}
