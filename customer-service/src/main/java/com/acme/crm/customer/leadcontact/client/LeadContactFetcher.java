package com.acme.crm.customer.leadcontact.client;

import com.acme.crm.chassis.security.ServiceTokens;
import com.acme.crm.customer.leadcontact.LeadContactFetches;
import com.acme.crm.customer.leadcontact.LeadContacts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * L-6, B-3: LeadConverted carries no contact data; this job reads it from lead-service
 * ({@code GET /api/leads/{id}/contact}, a SYSTEM token, audited there) and files it as the customer's first contact
 * person. A failed call is retried with backoff; the lease lets another replica take over a fetch that died. Runs as
 * the job {@code lead-contact-fetch} every {@code crm.customer.contact-fetch-interval}.
 */
@Component
class LeadContactFetcher {

    private static final Logger log = LoggerFactory.getLogger(LeadContactFetcher.class);
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    static final String JOB = "lead-contact-fetch";
    static final int BATCH = 50;
    private static final int CONCURRENT_CALLS = 4;

    private final LeadContactFetches fetches;
    private final LeadContacts contacts;
    private final ServiceTokens tokens;
    private final WebClient leadService;
    private final Clock clock;

    LeadContactFetcher(LeadContactFetches fetches, LeadContacts contacts, ServiceTokens tokens,
                       @Value("${crm.services.lead}") String leadServiceUrl, Clock clock) {
        this.fetches = fetches;
        this.contacts = contacts;
        this.tokens = tokens;
        this.leadService = WebClient.builder().baseUrl(leadServiceUrl).build();
        this.clock = clock;
    }

    /**
     * Fetches every due contact once, a leased batch at a time: the lease (one update) is drained before any call
     * is made, and no transaction is held while lead-service answers. Emits how many were filed.
     */
    Mono<Long> fetchDue() {
        Mono<long[]> batch = Mono.defer(() -> {
            Instant now = clock.instant();
            return fetches.lease(now, LEASE, BATCH).collectList()
                    .flatMap(leased -> Flux.fromIterable(leased)
                            .flatMap(fetch -> fetchOne(fetch, now), CONCURRENT_CALLS)
                            .reduce(0L, Long::sum)
                            .map(filed -> new long[] {leased.size(), filed}));
        });
        return batch.expand(done -> done[0] >= BATCH ? batch : Mono.empty())
                .reduce(0L, (filed, done) -> filed + done[1]);
    }

    private Mono<Long> fetchOne(LeadContactFetches.Fetch fetch, Instant now) {
        return contactOf(fetch)
                .flatMap(contact -> contacts.addConvertedContact(fetch.customerId(),
                        String.valueOf(contact.get("name")), (String) contact.get("phone"),
                        (String) contact.get("email")))
                .thenReturn(1L)
                .onErrorResume(e -> {
                    Duration backoff = Duration.ofSeconds(5L << Math.min(fetch.attempts(), 7));
                    log.info("Lead {} contact not fetched yet (attempt {}): {}", fetch.leadId(), fetch.attempts(),
                            e.toString());
                    return fetches.failed(fetch.customerId(), e.toString(),
                            now.plus(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff)).thenReturn(0L);
                });
    }

    @SuppressWarnings("unchecked")
    private Mono<Map<String, Object>> contactOf(LeadContactFetches.Fetch fetch) {
        return tokens.authorization().flatMap(authorization -> leadService.get()
                .uri("/api/leads/{id}/contact", fetch.leadId())
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .retrieve()
                .bodyToMono(Map.class)
                .map(body -> (Map<String, Object>) body)
                .timeout(Duration.ofSeconds(10)));
    }
}
