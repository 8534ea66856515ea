package com.acme.crm.platform;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads a sales team's week through the public APIs, as each owning rep, so demo data passes the same rules as real input:
 * the leads, (issue 11) a few customers with quotes and orders in every state ({@link DemoOrders}), and (issue 12)
 * tickets and complaints of those customers in every state ({@link DemoAftersales}).
 */
final class DemoDataLoader {

    private static final int MAX_REPORTED_FAILURES = 3;

    private final TokenMinter minter;
    private final List<DemoUser> users;
    private final HttpClient http;
    private final Console console;

    DemoDataLoader(TokenMinter minter, List<DemoUser> users, HttpClient http, Console console) {
        this.minter = minter;
        this.users = users;
        this.http = http;
        this.console = console;
    }

    void load(List<ServiceDefinition> running) throws InterruptedException {
        Optional<ServiceDefinition> leads = running.stream().filter(s -> s.module().equals("lead-service")).findFirst();
        if (leads.isEmpty()) {
            console.step("demo data: lead-service is not running, no leads loaded");
            return;
        }
        loadLeads(leads.get(), DemoLead.load());
        Optional<ServiceDefinition> customers = running.stream().filter(s -> s.module().equals("customer-service"))
                .findFirst();
        Optional<ServiceDefinition> orders = running.stream().filter(s -> s.module().equals("order-service"))
                .findFirst();
        if (customers.isEmpty() || orders.isEmpty()) {
            console.step("demo data: customer-service or order-service is not running, no quotes or orders loaded");
            return;
        }
        new OrderLoader(customers.get(), orders.get()).load(DemoOrders.load());
        Optional<ServiceDefinition> aftersales = running.stream()
                .filter(s -> s.module().equals("aftersales-service")).findFirst();
        if (aftersales.isEmpty()) {
            console.step("demo data: aftersales-service is not running, no tickets or complaints loaded");
            return;
        }
        new DemoAftersales.Loader(customers.get(), aftersales.get(), users, this::tokenFor, http, console)
                .load(DemoAftersales.load());
    }

    private void loadLeads(ServiceDefinition service, List<DemoLead> leads) throws InterruptedException {
        Map<String, String> tokens = new HashMap<>();
        int created = 0;
        int existing = 0;
        int failed = 0;
        for (DemoLead lead : leads) {
            String token = tokens.computeIfAbsent(lead.ownerId(), this::tokenFor);
            HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/leads"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json(lead)))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                switch (response.statusCode()) {
                    case 201 -> created++;
                    // The lead was loaded by an earlier --demo-data run: lead-service merges the capture into it (200,
                    // L-3) or refuses it as a duplicate (409). That is the expected second-run case.
                    case 200, 409 -> existing++;
                    default -> {
                        if (++failed <= MAX_REPORTED_FAILURES) {
                            console.warn("demo lead '" + lead.company() + "': HTTP " + response.statusCode() + " "
                                    + response.body());
                        }
                    }
                }
            } catch (IOException e) {
                if (++failed <= MAX_REPORTED_FAILURES) {
                    console.warn("demo lead '" + lead.company() + "': " + e);
                }
            }
        }
        console.step("demo data: " + created + " leads created, " + existing + " already there, " + failed + " failed");
    }

    private String tokenFor(String sub) {
        return minter.mint(user(sub).tokenRequest());
    }

    private static String json(Object body) {
        try {
            return Json.MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The demo customers, products and deals of {@code /demo/orders.json}: each deal is walked through order-service's
     * API to its {@link Target} state, as the customer's owning rep and the team's manager.
     */
    record DemoOrders(List<Product> products, List<Customer> customers) {

        static final String RESOURCE = "/demo/orders.json";

        static DemoOrders load() {
            try (InputStream in = DemoOrders.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the jar");
                }
                return Json.MAPPER.readValue(in, new TypeReference<DemoOrders>() { });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }

        record Product(String code, String name, String model, BigDecimal listPrice) {
        }

        record Contact(String name, String title, String phone) {
        }

        record Customer(String company, String industry, String scale, String ownerId, Contact contact,
                        List<Deal> deals) {
        }

        record Deal(String product, int quantity, BigDecimal discountPercent, Target target) {
        }

        /** How far a deal goes; the later targets pass through the earlier ones. */
        enum Target {
            QUOTE_ISSUED, QUOTE_AWAITING_APPROVAL, QUOTE_AWAITING_GENERAL_MANAGER, QUOTE_APPROVED, SIGNED,
            OVERDUE, PRODUCTION_SCHEDULED, SHIPPED, ARRIVED, ACCEPTED
        }
    }

    /** A call that did not answer as the walk expects; the deal stops there and is reported. */
    private static final class UnexpectedAnswer extends RuntimeException {
        UnexpectedAnswer(String message) {
            super(message);
        }
    }

    /**
     * Walks the demo deals through order-service. Idempotent per customer: a demo customer is registered only when its
     * owner does not have it yet, and its deals are walked only while order-service has no requirement of it, so a
     * second {@code --demo-data} run finds everything there and adds nothing.
     */
    private final class OrderLoader {

        private final ServiceDefinition customers;
        private final ServiceDefinition orders;
        private final Map<String, String> tokens = new HashMap<>();
        private final Map<String, String> productIds = new LinkedHashMap<>();
        private final Map<DemoOrders.Target, Integer> reached = new EnumMap<>(DemoOrders.Target.class);
        private int existing;
        private int failed;

        OrderLoader(ServiceDefinition customers, ServiceDefinition orders) {
            this.customers = customers;
            this.orders = orders;
        }

        void load(DemoOrders demo) throws InterruptedException {
            try {
                products(demo.products());
            } catch (UnexpectedAnswer | IOException e) {
                console.warn("demo products: " + e.getMessage());
                return;
            }
            for (DemoOrders.Customer customer : demo.customers()) {
                try {
                    UUID id = customer(customer);
                    if (hasRequirements(customer.ownerId(), id)) {
                        existing += customer.deals().size();
                        continue;
                    }
                    for (DemoOrders.Deal deal : customer.deals()) {
                        try {
                            reached.merge(walk(customer, id, deal), 1, Integer::sum);
                        } catch (UnexpectedAnswer | IOException | SQLException e) {
                            warn("demo deal of '" + customer.company() + "' (" + deal.target() + "): " + e.getMessage());
                        }
                    }
                } catch (UnexpectedAnswer | IOException e) {
                    failed += customer.deals().size() - 1;
                    warn("demo customer '" + customer.company() + "': " + e.getMessage());
                }
            }
            console.step("demo data: " + reached.values().stream().mapToInt(Integer::intValue).sum()
                    + " quotes and orders created " + reached + ", " + existing + " already there, " + failed
                    + " failed");
        }

        private void warn(String message) {
            if (++failed <= MAX_REPORTED_FAILURES) {
                console.warn(message);
            }
        }

        private void products(List<DemoOrders.Product> products) throws IOException, InterruptedException {
            String manager = token("mgr-east");
            for (JsonNode product : call("GET", orders, "/api/products?size=200", manager, null, 200).path("items")) {
                productIds.put(product.path("code").asText(), product.path("id").asText());
            }
            for (DemoOrders.Product product : products) {
                if (!productIds.containsKey(product.code())) {
                    productIds.put(product.code(),
                            call("POST", orders, "/api/products", manager, product, 201).path("id").asText());
                }
            }
        }

        /** The demo customer, registered by its owner unless the owner has it already. */
        private UUID customer(DemoOrders.Customer customer) throws IOException, InterruptedException {
            String owner = token(customer.ownerId());
            for (JsonNode known : call("GET", customers, "/api/customers?ownerId=" + customer.ownerId() + "&size=200",
                    owner, null, 200).path("items")) {
                if (known.path("company").asText().equals(customer.company())) {
                    return UUID.fromString(known.path("id").asText());
                }
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("company", customer.company());
            body.put("industry", customer.industry());
            body.put("scale", customer.scale());
            body.put("contacts", List.of(customer.contact()));
            return UUID.fromString(call("POST", customers, "/api/customers", owner, body, 201).path("id").asText());
        }

        private boolean hasRequirements(String ownerId, UUID customer) throws IOException, InterruptedException {
            for (JsonNode requirement : call("GET", orders, "/api/requirements?size=200", token(ownerId), null, 200)
                    .path("items")) {
                if (requirement.path("customerId").asText().equals(customer.toString())) {
                    return true;
                }
            }
            return false;
        }

        /** One deal: requirement (O-1), quote (O-2), approvals, signature (O-3), fulfilment (O-4), acceptance (O-5). */
        private DemoOrders.Target walk(DemoOrders.Customer customer, UUID customerId, DemoOrders.Deal deal)
                throws IOException, InterruptedException, SQLException {
            String rep = token(customer.ownerId());
            String team = user(customer.ownerId()).team();
            String manager = users.stream().filter(u -> team.equals(u.team()) && u.roles().contains("SALES_MANAGER"))
                    .findFirst().map(u -> token(u.sub()))
                    .orElseThrow(() -> new UnexpectedAnswer("team " + team + " has no demo sales manager"));
            String product = productIds.get(deal.product());
            if (product == null) {
                throw new UnexpectedAnswer("unknown demo product " + deal.product());
            }
            DemoOrders.Target target = deal.target();

            Map<String, Object> requirement = new LinkedHashMap<>();
            requirement.put("customerId", customerId);
            requirement.put("lines", List.of(Map.of("productId", product, "spec", "standard configuration",
                    "quantity", deal.quantity())));
            requirement.put("deliveryBy", Instant.now().plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                    .toString());
            requirement.put("deliveryMeaning", "ARRIVAL");
            requirement.put("deliveryPlace", "Main plant, " + customer.company());
            requirement.put("acceptanceCriteria", "8 h trial run at rated load");
            requirement.put("trainingNeeds", "Two operators, one day");
            requirement.put("afterSalesResponseHours", 24);
            String requirementId = requirement(rep, requirement);
            call("POST", orders, "/api/requirements/" + requirementId + "/confirmation", rep, null, 200);

            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("valuePackage", Map.of("warrantyMonths", 24, "training", "Two operators, one day",
                    "services", List.of("Installation", "Commissioning")));
            offer.put("lines", List.of(Map.of("productId", product, "quantity", deal.quantity(),
                    "discountPercent", deal.discountPercent())));
            offer.put("overallDiscountPercent", BigDecimal.ZERO);
            JsonNode quote = call("POST", orders, "/api/quotes", rep,
                    Map.of("requirementId", requirementId, "offer", offer), 201);
            String quoteId = quote.path("id").asText();
            if (target == DemoOrders.Target.QUOTE_ISSUED) {
                return target;
            }
            // O-2: any cut below list needs the team's manager (a rep's own authority is 0 %); beyond 15 % the manager
            // passes it on to the general manager.
            if (deal.discountPercent().signum() > 0) {
                call("POST", orders, "/api/quotes/" + quoteId + "/approval-requests", rep, null, 200);
                if (target == DemoOrders.Target.QUOTE_AWAITING_APPROVAL) {
                    return target;
                }
                JsonNode decided = call("POST", orders, "/api/quotes/" + quoteId + "/decision", manager,
                        Map.of("decision", "APPROVE", "comment", "Strategic account, approved"), 200);
                if (target == DemoOrders.Target.QUOTE_AWAITING_GENERAL_MANAGER) {
                    return target;
                }
                if ("AWAITING_GENERAL_MANAGER".equals(decided.path("status").asText())) {
                    call("POST", orders, "/api/quotes/" + quoteId + "/decision", token("gm-1"),
                            Map.of("decision", "APPROVE", "comment", "Approved"), 200);
                }
            }
            if (target == DemoOrders.Target.QUOTE_APPROVED) {
                return target;
            }
            call("POST", orders, "/api/quotes/" + quoteId + "/signature", rep, null, 200);
            String order = orderOf(rep, quoteId);
            if (target == DemoOrders.Target.SIGNED) {
                return target;
            }
            if (target == DemoOrders.Target.OVERDUE) {
                prepaymentFellDueYesterday(order);
                return target;
            }
            fulfil(rep, order, "PRODUCTION_SCHEDULED", null);
            if (target == DemoOrders.Target.PRODUCTION_SCHEDULED) {
                return target;
            }
            pay(rep, order, "PREPAYMENT");
            fulfil(rep, order, "SHIPPED", "SF" + (1_000_000_000L + Math.abs(order.hashCode() % 1_000_000_000L)));
            if (target == DemoOrders.Target.SHIPPED) {
                return target;
            }
            fulfil(rep, order, "ARRIVED", null);
            if (target == DemoOrders.Target.ARRIVED) {
                return target;
            }
            call("POST", orders, "/api/orders/" + order + "/acceptance", rep, Map.of("decision", "ACCEPTED"), 200);
            pay(rep, order, "ARRIVAL");
            return target;
        }

        /** O-1 refuses a customer order-service has not yet learnt from {@code CustomerRegistered}: wait for it. */
        private String requirement(String rep, Map<String, Object> body) throws IOException, InterruptedException {
            Instant giveUp = Instant.now().plusSeconds(20);
            while (true) {
                HttpResponse<String> response = send("POST", orders, "/api/requirements", rep, body);
                if (response.statusCode() == 201) {
                    return Json.MAPPER.readTree(response.body()).path("id").asText();
                }
                if (response.statusCode() != 422 || Instant.now().isAfter(giveUp)) {
                    throw unexpected("POST /api/requirements", response);
                }
                Thread.sleep(200);
            }
        }

        private String orderOf(String rep, String quoteId) throws IOException, InterruptedException {
            for (JsonNode order : call("GET", orders, "/api/orders?size=200", rep, null, 200).path("items")) {
                if (order.path("quoteId").asText().equals(quoteId)) {
                    return order.path("id").asText();
                }
            }
            throw new UnexpectedAnswer("no order for the signed quote " + quoteId);
        }

        private void fulfil(String rep, String order, String stage, String tracking)
                throws IOException, InterruptedException {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("stage", stage);
            if (tracking != null) {
                body.put("trackingNumber", tracking);
            }
            call("POST", orders, "/api/orders/" + order + "/fulfilment", rep, body, 200);
        }

        /** O-7: the milestone's whole outstanding amount. */
        private void pay(String rep, String order, String milestone) throws IOException, InterruptedException {
            for (JsonNode m : call("GET", orders, "/api/orders/" + order, rep, null, 200).path("milestones")) {
                if (m.path("kind").asText().equals(milestone)) {
                    call("POST", orders, "/api/orders/" + order + "/payments", rep,
                            Map.of("milestone", milestone, "amount", m.path("outstanding").decimalValue()), 201);
                    return;
                }
            }
            throw new UnexpectedAnswer("order " + order + " has no " + milestone + " milestone");
        }

        /**
         * O-7: the API sets a due time only ahead of the clock (the prepayment falls due 7 days after signing), so the
         * one overdue receivable of the demo is made by moving this order's prepayment due time to yesterday in
         * {@code crm_order}; order-service's overdue job then reports it like any other. Moving the platform clock
         * instead would push every demo lead past its first-contact deadline.
         */
        private void prepaymentFellDueYesterday(String order) throws SQLException {
            DatabaseEndpoint database = DatabaseEndpoint.external(System.getenv())
                    .orElse(new DatabaseEndpoint("localhost", DatabaseEndpoint.EMBEDDED_PORT, "crm", "crm"));
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl("crm_order"),
                    System.getenv().getOrDefault("CRM_DB_USER", "crm"),
                    System.getenv().getOrDefault("CRM_DB_PASSWORD", "crm"));
                 PreparedStatement update = connection.prepareStatement("update order_milestone set due_at = now() "
                         + "- interval '1 day' where order_id = ? and kind = 'PREPAYMENT'")) {
                update.setObject(1, UUID.fromString(order));
                if (update.executeUpdate() != 1) {
                    throw new UnexpectedAnswer("order " + order + " has no PREPAYMENT milestone row");
                }
            }
        }

        private JsonNode call(String method, ServiceDefinition service, String path, String token, Object body,
                              int expected) throws IOException, InterruptedException {
            HttpResponse<String> response = send(method, service, path, token, body);
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
                    : HttpRequest.BodyPublishers.ofString(json(body)));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private UnexpectedAnswer unexpected(String call, HttpResponse<String> response) {
            String body = response.body() == null ? "" : response.body();
            return new UnexpectedAnswer(call + ": HTTP " + response.statusCode() + " "
                    + body.substring(0, Math.min(body.length(), 300)));
        }

        private String token(String sub) {
            return tokens.computeIfAbsent(sub, DemoDataLoader.this::tokenFor);
        }
    }

    private DemoUser user(String sub) {
        return users.stream().filter(u -> u.sub().equals(sub)).findFirst()
                .orElseThrow(() -> new IllegalStateException(sub + " is not a demo user"));
    }
}
