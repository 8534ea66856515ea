package com.acme.crm.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a sales team's week through the public APIs, as each owning rep, so demo data passes the same rules as real input.
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
                    case 200, 201 -> created++;
                    // The lead was loaded by an earlier --demo-data run: that is the expected second-run case.
                    case 409 -> existing++;
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
        DemoUser user = users.stream().filter(u -> u.sub().equals(sub)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo lead owner " + sub + " is not a demo user"));
        return minter.mint(user.tokenRequest());
    }

    private static String json(DemoLead lead) {
        try {
            return Json.MAPPER.writeValueAsString(lead);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
