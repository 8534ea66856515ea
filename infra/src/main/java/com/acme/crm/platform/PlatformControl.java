package com.acme.crm.platform;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /dev/platform} on the dev issuer: stops and starts PostgreSQL, Kafka or one service of a running platform,
 * so the fault suite ({@code infra/faults/run.sh}) can take them away under load and bring them back. Local only,
 * like everything on the issuer's loopback port.
 * <ul>
 *   <li>{@code GET /dev/platform}: the state of PostgreSQL, Kafka and each service (with its process id, so a caller
 *       can {@code kill -9} it)</li>
 *   <li>{@code POST /dev/platform/{target}/{stop|start|restart}}, target {@code postgres}, {@code kafka} or a service
 *       ({@code lead} or {@code lead-service}): answers when PostgreSQL or Kafka is stopped or started (a start
 *       returns once it accepts connections); a service start returns once its process is forked, not when it is
 *       ready. Stopping what is stopped, or starting what runs, changes nothing.</li>
 * </ul>
 */
final class PlatformControl implements HttpHandler {

    static final String PATH = "/dev/platform";
    static final List<String> ACTIONS = List.of("stop", "start", "restart");

    private final ServiceSupervisor services;
    /** Empty when the platform uses an existing PostgreSQL (CRM_DB_HOST), which it does not control. */
    private final Optional<Restartable<?>> postgres;
    private final Restartable<?> kafka;
    private final Console console;

    PlatformControl(ServiceSupervisor services, Optional<Restartable<?>> postgres, Restartable<?> kafka,
                    Console console) {
        this.services = services;
        this.postgres = postgres;
        this.kafka = kafka;
        this.console = console;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(PATH) || path.equals(PATH + "/")) {
                if (!method.equals("GET")) {
                    methodNotAllowed(exchange, "GET", path);
                    return;
                }
                HttpExchanges.sendJson(exchange, 200, "application/json", status());
                return;
            }
            String[] parts = path.substring(PATH.length() + 1).split("/");
            if (parts.length != 2 || !ACTIONS.contains(parts[1])) {
                HttpExchanges.sendProblem(exchange, 404, "Not Found", "No resource at " + path
                        + "; use POST " + PATH + "/{postgres|kafka|<service>}/{" + String.join("|", ACTIONS) + "}",
                        List.of());
                return;
            }
            if (!method.equals("POST")) {
                methodNotAllowed(exchange, "POST", path);
                return;
            }
            act(exchange, parts[0], parts[1]);
        } catch (PlatformException e) {
            HttpExchanges.sendProblem(exchange, 409, "Conflict", e.getMessage(), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HttpExchanges.sendProblem(exchange, 503, "Service Unavailable", "interrupted", List.of());
        } catch (Exception e) {
            HttpExchanges.sendProblem(exchange, 500, "Internal Server Error", String.valueOf(e), List.of());
        } finally {
            exchange.close();
        }
    }

    private void act(HttpExchange exchange, String target, String action) throws Exception {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("target", target);
        answer.put("action", action);
        long begin = System.nanoTime();
        if (target.equals("postgres") || target.equals("kafka")) {
            Restartable<?> part = target.equals("kafka") ? kafka : postgres.orElseThrow(() -> new PlatformException(
                    "PostgreSQL is an existing server (CRM_DB_HOST); this platform does not stop or start it"));
            if (!action.equals("start")) {
                part.stop();
            }
            if (!action.equals("stop")) {
                part.start();
            }
            answer.put("state", part.isRunning() ? "running" : "stopped");
        } else {
            Optional<ServiceDefinition> service = ServiceDefinition.byName(target);
            if (service.isEmpty()) {
                HttpExchanges.sendProblem(exchange, 404, "Not Found", "Unknown target '" + target
                        + "'; use postgres, kafka or a service: lead, customer, order, aftersales, analytics", List.of());
                return;
            }
            if (!action.equals("start")) {
                services.stop(service.get());
            }
            if (!action.equals("stop")) {
                answer.put("pid", services.start(service.get()));
            }
            answer.putAll(services.status().get(service.get().module()));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        answer.put("tookMs", took.toMillis());
        console.step("platform control: " + action + " " + target + " done in "
                + ServiceSupervisor.seconds(took) + " s");
        HttpExchanges.sendJson(exchange, 200, "application/json", answer);
    }

    Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("postgres", Map.of("state", postgres.map(p -> p.isRunning() ? "running" : "stopped")
                .orElse("external")));
        status.put("kafka", Map.of("state", kafka.isRunning() ? "running" : "stopped"));
        status.put("services", services.status());
        return status;
    }

    private static void methodNotAllowed(HttpExchange exchange, String allowed, String path) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        HttpExchanges.sendProblem(exchange, 405, "Method Not Allowed", "Use " + allowed + " on " + path, List.of());
    }
}
