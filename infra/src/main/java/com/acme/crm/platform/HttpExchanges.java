package com.acme.crm.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The little plumbing the JDK HTTP server lacks: exact-path routing, JSON bodies and RFC 9457 problem responses.
 */
final class HttpExchanges {

    /** Handles one request and returns the body of a 200 JSON response. */
    @FunctionalInterface
    interface JsonHandler {
        Object handle(HttpExchange exchange) throws IOException;
    }

    private HttpExchanges() {
    }

    /** The JDK server matches contexts by prefix, so the exact path and the method are checked here. */
    static HttpHandler route(String path, Set<String> methods, JsonHandler handler) {
        return exchange -> {
            try {
                if (!exchange.getRequestURI().getPath().equals(path)) {
                    sendProblem(exchange, 404, "Not Found", "No resource at " + exchange.getRequestURI().getPath(),
                            List.of());
                } else if (!methods.contains(exchange.getRequestMethod())) {
                    exchange.getResponseHeaders().set("Allow", String.join(", ", methods));
                    sendProblem(exchange, 405, "Method Not Allowed",
                            "Use " + String.join(" or ", methods) + " on " + path, List.of());
                } else {
                    sendJson(exchange, 200, "application/json", handler.handle(exchange));
                }
            } catch (InvalidRequestException e) {
                sendProblem(exchange, 400, "Bad Request", e.getMessage(), e.errors());
            } catch (RuntimeException | IOException e) {
                sendProblem(exchange, 500, "Internal Server Error", String.valueOf(e), List.of());
            } finally {
                exchange.close();
            }
        };
    }

    static JsonNode readJson(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readAllBytes();
            if (bytes.length == 0) {
                throw new InvalidRequestException("The request body must be a JSON object.", List.of());
            }
            return Json.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("The request body is not valid JSON: " + e.getOriginalMessage(),
                    List.of());
        }
    }

    static void sendProblem(HttpExchange exchange, int status, String title, String detail, List<FieldError> errors)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        sendJson(exchange, status, "application/problem+json", problem);
    }

    static void sendJson(HttpExchange exchange, int status, String contentType, Object body)
            throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
