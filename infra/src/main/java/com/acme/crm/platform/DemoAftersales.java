package com.acme.crm.platform;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The demo tickets and complaints of {@code /demo/aftersales.json}, opened by the customer's owning rep and
 * worked to their target state through aftersales-service's API by a service agent of the customer's team (the team's
 * manager when the team has none). The customers are the demo order customers ({@code /demo/orders.json}). Idempotent
 * per customer: a customer that already has tickets (complaints) in aftersales-service gets no demo ones again, so a
 * second {@code --demo-data} run adds nothing.
 */
record DemoAftersales(List<Ticket> tickets, List<Complaint> complaints) {

    static final String RESOURCE = "/demo/aftersales.json";

    static DemoAftersales load() {
        try (InputStream in = DemoAftersales.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return Json.MAPPER.readValue(in, new TypeReference<DemoAftersales>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    record Ticket(String company, String ownerId, String type, String priority, String description,
                  TicketTarget target) {
    }

    record Complaint(String company, String ownerId, String complainant, String channel, String content,
                     ComplaintTarget target, String rootCause, String improvementActions) {
    }

    /** How far a ticket goes; REOPENED passes through RESOLVED, CLOSED too. */
    enum TicketTarget { OPEN, RESPONDED, RESOLVED, REOPENED, CLOSED }

    /** How far a complaint goes; each passes through the earlier ones. */
    enum ComplaintTarget { RAISED, PLANNED, RESOLVED, CALLED_BACK, CLOSED }

    /** Walks the demo tickets and complaints; one failed walk is reported and the others go on. */
    static final class Loader {

        private static final int MAX_REPORTED_FAILURES = 3;

        private final ServiceDefinition customers;
        private final ServiceDefinition aftersales;
        private final List<DemoUser> users;
        private final Function<String, String> tokens;
        private final HttpClient http;
        private final Console console;
        private final Map<String, UUID> customerIds = new HashMap<>();
        private final Map<TicketTarget, Integer> tickets = new EnumMap<>(TicketTarget.class);
        private final Map<ComplaintTarget, Integer> complaints = new EnumMap<>(ComplaintTarget.class);
        private int existing;
        private int failed;

        Loader(ServiceDefinition customers, ServiceDefinition aftersales, List<DemoUser> users,
               Function<String, String> tokens, HttpClient http, Console console) {
            this.customers = customers;
            this.aftersales = aftersales;
            this.users = users;
            this.tokens = tokens;
            this.http = http;
            this.console = console;
        }

        void load(DemoAftersales demo) throws InterruptedException {
            Set<UUID> withTickets = new HashSet<>();
            Set<UUID> withComplaints = new HashSet<>();
            try {
                for (String owner : demo.owners()) {
                    known("/api/tickets", owner, withTickets);
                    known("/api/complaints", owner, withComplaints);
                }
            } catch (IOException | UnexpectedAnswer e) {
                console.warn("demo tickets and complaints: " + e.getMessage());
                return;
            }
            for (Ticket ticket : demo.tickets()) {
                try {
                    UUID customer = customer(ticket.ownerId(), ticket.company());
                    if (withTickets.contains(customer)) {
                        existing++;
                        continue;
                    }
                    tickets.merge(walk(ticket, customer), 1, Integer::sum);
                } catch (IOException | UnexpectedAnswer e) {
                    warn("demo ticket of '" + ticket.company() + "' (" + ticket.target() + "): " + e.getMessage());
                }
            }
            for (Complaint complaint : demo.complaints()) {
                try {
                    UUID customer = customer(complaint.ownerId(), complaint.company());
                    if (withComplaints.contains(customer)) {
                        existing++;
                        continue;
                    }
                    complaints.merge(walk(complaint, customer), 1, Integer::sum);
                } catch (IOException | UnexpectedAnswer e) {
                    warn("demo complaint of '" + complaint.company() + "' (" + complaint.target() + "): "
                            + e.getMessage());
                }
            }
            console.step("demo data: " + tickets.values().stream().mapToInt(Integer::intValue).sum() + " tickets "
                    + tickets + " and " + complaints.values().stream().mapToInt(Integer::intValue).sum()
                    + " complaints " + complaints + " created, " + existing + " already there, " + failed + " failed");
        }

        /** opened by the owner, assigned round-robin; the team's agent responds, resolves, reopens, closes. */
        private TicketTarget walk(Ticket ticket, UUID customer) throws IOException, InterruptedException {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("customerId", customer);
            body.put("type", ticket.type());
            body.put("description", ticket.description());
            body.put("priority", ticket.priority());
            String id = create("/api/tickets", token(ticket.ownerId()), body).path("id").asText();
            TicketTarget target = ticket.target();
            if (target == TicketTarget.OPEN) {
                return target;
            }
            String agent = agentOf(ticket.ownerId());
            call("POST", "/api/tickets/" + id + "/responses", agent, null, 200);
            if (target == TicketTarget.RESPONDED) {
                return target;
            }
            call("POST", "/api/tickets/" + id + "/resolution", agent, null, 200);
            if (target == TicketTarget.REOPENED) {
                call("POST", "/api/tickets/" + id + "/reopening", agent, null, 200);
            } else if (target == TicketTarget.CLOSED) {
                call("POST", "/api/tickets/" + id + "/closure", agent, null, 200);
            }
            return target;
        }

        /** raised by the owner; the team's agent apologises with a plan, resolves, calls back, closes. */
        private ComplaintTarget walk(Complaint complaint, UUID customer) throws IOException, InterruptedException {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("customerId", customer);
            body.put("complainant", complaint.complainant());
            body.put("channel", complaint.channel());
            body.put("content", complaint.content());
            String id = create("/api/complaints", token(complaint.ownerId()), body).path("id").asText();
            ComplaintTarget target = complaint.target();
            if (target == ComplaintTarget.RAISED) {
                return target;
            }
            String agent = agentOf(complaint.ownerId());
            call("POST", "/api/complaints/" + id + "/plan", agent,
                    Map.of("initialPlan", "Apologised; engineer on site within a day"), 200);
            if (target == ComplaintTarget.PLANNED) {
                return target;
            }
            call("POST", "/api/complaints/" + id + "/resolution", agent, null, 200);
            if (target == ComplaintTarget.RESOLVED) {
                return target;
            }
            call("POST", "/api/complaints/" + id + "/callback", agent, null, 200);
            if (target == ComplaintTarget.CLOSED) {
                call("POST", "/api/complaints/" + id + "/closure", agent, Map.of("rootCause", complaint.rootCause(),
                        "improvementActions", complaint.improvementActions()), 200);
            }
            return target;
        }

        /** The ids of the customers that already have records under {@code path} in the owner's scope. */
        private void known(String path, String owner, Set<UUID> into) throws IOException, InterruptedException {
            for (JsonNode record : call("GET", path, token(owner), null, 200)) {
                into.add(UUID.fromString(record.path("customerId").asText()));
            }
        }

        private UUID customer(String owner, String company) throws IOException, InterruptedException {
            String key = owner + "/" + company;
            UUID known = customerIds.get(key);
            if (known != null) {
                return known;
            }
            HttpResponse<String> response = send("GET", customers,
                    "/api/customers?ownerId=" + owner + "&size=200", token(owner), null);
            if (response.statusCode() != 200) {
                throw unexpected("GET /api/customers", response);
            }
            for (JsonNode customer : Json.MAPPER.readTree(response.body()).path("items")) {
                if (customer.path("company").asText().equals(company)) {
                    UUID id = UUID.fromString(customer.path("id").asText());
                    customerIds.put(key, id);
                    return id;
                }
            }
            throw new UnexpectedAnswer("customer-service has no demo customer '" + company + "' of " + owner);
        }

        /** refuse a customer aftersales-service has not yet learnt from CustomerRegistered: wait. */
        private JsonNode create(String path, String token, Object body) throws IOException, InterruptedException {
            Instant giveUp = Instant.now().plusSeconds(20);
            while (true) {
                HttpResponse<String> response = send("POST", aftersales, path, token, body);
                if (response.statusCode() == 201) {
                    return Json.MAPPER.readTree(response.body());
                }
                if (response.statusCode() != 422 || Instant.now().isAfter(giveUp)) {
                    throw unexpected("POST " + path, response);
                }
                Thread.sleep(200);
            }
        }

        /** A service agent of the owner's team, else the team's manager (both may work tickets and complaints). */
        private String agentOf(String owner) {
            String team = users.stream().filter(u -> u.sub().equals(owner)).findFirst().map(DemoUser::team)
                    .orElseThrow(() -> new UnexpectedAnswer(owner + " is not a demo user"));
            return users.stream().filter(u -> team.equals(u.team()) && u.roles().contains("SERVICE_AGENT"))
                    .findFirst()
                    .or(() -> users.stream()
                            .filter(u -> team.equals(u.team()) && u.roles().contains("SALES_MANAGER")).findFirst())
                    .map(u -> token(u.sub()))
                    .orElseThrow(() -> new UnexpectedAnswer("team " + team + " has no service agent or manager"));
        }

        private JsonNode call(String method, String path, String token, Object body, int expected)
                throws IOException, InterruptedException {
            HttpResponse<String> response = send(method, aftersales, path, token, body);
            if (response.statusCode() != expected) {
                throw unexpected(method + " " + path, response);
            }
            return response.body() == null || response.body().isBlank() ? Json.MAPPER.createObjectNode()
                    : Json.MAPPER.readTree(response.body());
        }

        private HttpResponse<String> send(String method, ServiceDefinition service, String path, String token,
                                          Object body) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body)));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private String token(String sub) {
            return tokens.apply(sub);
        }

        private void warn(String message) {
            if (++failed <= MAX_REPORTED_FAILURES) {
                console.warn(message);
            }
        }

        private static UnexpectedAnswer unexpected(String call, HttpResponse<String> response) {
            String body = response.body() == null ? "" : response.body();
            return new UnexpectedAnswer(call + ": HTTP " + response.statusCode() + " "
                    + body.substring(0, Math.min(body.length(), 300)));
        }
    }

    /** The owners of the demo tickets and complaints, whose scopes show what an earlier run loaded. */
    Set<String> owners() {
        Set<String> owners = new java.util.TreeSet<>();
        tickets.forEach(t -> owners.add(t.ownerId()));
        complaints.forEach(c -> owners.add(c.ownerId()));
        return owners;
    }

    /** A call that did not answer as the walk expects; that record stops there and is reported. */
    static final class UnexpectedAnswer extends RuntimeException {
        UnexpectedAnswer(String message) {
            super(message);
        }
    }
}
