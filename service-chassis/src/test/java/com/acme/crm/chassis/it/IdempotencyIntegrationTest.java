package com.acme.crm.chassis.it;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.jobs.JobRun;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Idempotency keys on commands (IETF Idempotency-Key draft), through the chassis' probe commands against the real
 * PostgreSQL: one effect per key, the first answer replayed, other requests under a key refused, refusals not stored,
 * running requests answered 409, keys expiring.
 */
@CrmIntegrationTest
class IdempotencyIntegrationTest {

    private static final String REP = TestTokens.token("idem-rep", "east", Role.SALES_REP);

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;
    @Autowired
    Jobs jobs;

    @AfterEach
    void releaseHeldRequests() {
        CompletableFuture<Void> held = ProbeController.HOLD.getAndSet(null);
        if (held != null) {
            held.complete(null);
        }
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        String text = unique("replay");

        EntityExchangeResult<byte[]> first = post("/api/probe/notes", REP, key, text).expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed")
                .expectBody().returnResult();
        EntityExchangeResult<byte[]> retry = post("/api/probe/notes", REP, key, text).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().returnResult();

        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(notes(text)).isOne();
        String id = new String(first.getResponseBody(), StandardCharsets.UTF_8).replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(count("select count(*) from outbox_event where message_key = '" + id + "'")).isOne();
        assertThat(keyState("idem-rep", key)).isEqualTo("COMPLETED");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422NamingTheHeader() {
        String key = UUID.randomUUID().toString();
        String text = unique("first");
        post("/api/probe/notes", REP, key, text).expectStatus().isCreated();

        post("/api/probe/notes", REP, key, unique("other")).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://crm.acme.com/problems/idempotency-key-reused")
                .jsonPath("$.header").isEqualTo("Idempotency-Key")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("Idempotency-Key"));
        // Another command under the same key is another request too.
        post("/api/probe/slow-notes", REP, key, text).expectStatus().isEqualTo(422);

        assertThat(notes(text)).isOne();
    }

    @Test
    void keysBelongToTheirCallerSoAnotherCallerWithTheSameKeyIsProcessed() {
        String key = UUID.randomUUID().toString();
        String text = unique("callers");
        String otherRep = TestTokens.token("idem-rep-2", "east", Role.SALES_REP);

        post("/api/probe/notes", REP, key, text).expectStatus().isCreated();
        post("/api/probe/notes", otherRep, key, text).expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed");

        assertThat(notes(text)).isEqualTo(2);
    }

    @Test
    void aValidationRefusalIsNotStoredSoARetryIsEvaluatedAnew() {
        String key = UUID.randomUUID().toString();

        post("/api/probe/notes", REP, key, "far longer than twenty characters").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("text");
        assertThat(keyState("idem-rep", key)).isNull();

        post("/api/probe/notes", REP, key, "far longer than twenty characters").expectStatus().isBadRequest()
                .expectHeader().doesNotExist("Idempotent-Replayed");
        // The refused request left the key free: a corrected request under it is processed.
        String text = unique("fixed");
        post("/api/probe/notes", REP, key, text).expectStatus().isCreated();
        assertThat(notes(text)).isOne();
    }

    @Test
    void aRuleRefusalInsideTheCommandsTransactionRollsEverythingBackAndFreesTheKey() {
        String key = UUID.randomUUID().toString();
        long before = notes("refuse");

        post("/api/probe/notes", REP, key, "refuse").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("P-1");

        assertThat(notes("refuse")).isEqualTo(before);
        assertThat(keyState("idem-rep", key)).isNull();
        post("/api/probe/notes", REP, key, "refuse").expectStatus().isEqualTo(422)
                .expectHeader().doesNotExist("Idempotent-Replayed");
    }

    @Test
    void theCommandsOwnTransactionJoinsTheKeysSoARefusalAfterItCommittedNothing() {
        String key = UUID.randomUUID().toString();
        long before = notes("then-refuse");

        post("/api/probe/notes", REP, key, "then-refuse").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("P-2");

        // Without a key the command's transaction commits on its own before the refusal (the control case).
        assertThat(notes("then-refuse")).isEqualTo(before);
        post("/api/probe/notes", REP, null, "then-refuse").expectStatus().isEqualTo(422);
        assertThat(notes("then-refuse")).isEqualTo(before + 1);
    }

    @Test
    void aFailureAfterTheCommandsWritesRollsBackAndFreesTheKey() {
        String key = UUID.randomUUID().toString();
        long before = notes("explode");

        post("/api/probe/notes", REP, key, "explode").expectStatus().is5xxServerError();

        assertThat(notes("explode")).isEqualTo(before);
        assertThat(keyState("idem-rep", key)).isNull();
    }

    @Test
    void aRetryWhileTheFirstRequestRunsIsAConflictAndTheFirstStillCompletes() {
        String key = UUID.randomUUID().toString();
        String text = unique("running");
        CompletableFuture<Void> hold = new CompletableFuture<>();
        ProbeController.HOLD.set(hold);

        CompletableFuture<EntityExchangeResult<byte[]>> first = CompletableFuture.supplyAsync(() ->
                post("/api/probe/slow-notes", REP, key, text).expectBody().returnResult());
        await().atMost(Duration.ofSeconds(10)).until(() -> ProbeController.HOLD.get() == null
                && "IN_PROGRESS".equals(keyState("idem-rep", key)));

        post("/api/probe/slow-notes", REP, key, text).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://crm.acme.com/problems/idempotency-key-in-use")
                .jsonPath("$.header").isEqualTo("Idempotency-Key");

        hold.complete(null);
        assertThat(first.join().getStatus().value()).isEqualTo(201);
        post("/api/probe/slow-notes", REP, key, text).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true");
        assertThat(notes(text)).isOne();
    }

    @Test
    void aRetryAfterTheLeaseRanOutTakesTheKeyOverAndTheStaleRunIsRolledBack() {
        String key = UUID.randomUUID().toString();
        String text = unique("stale");
        CompletableFuture<Void> hold = new CompletableFuture<>();
        ProbeController.HOLD.set(hold);
        CompletableFuture<EntityExchangeResult<byte[]>> stale = CompletableFuture.supplyAsync(() ->
                post("/api/probe/slow-notes", REP, key, text).expectBody().returnResult());
        await().atMost(Duration.ofSeconds(10)).until(() -> ProbeController.HOLD.get() == null
                && "IN_PROGRESS".equals(keyState("idem-rep", key)));

        clock.advance(Duration.ofSeconds(61)); // past crm.idempotency.lease (60 s)
        EntityExchangeResult<byte[]> retry = post("/api/probe/slow-notes", REP, key, text).expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed").expectBody().returnResult();
        hold.complete(null);

        assertThat(stale.join().getStatus().value()).isEqualTo(409);
        assertThat(notes(text)).isOne();
        post("/api/probe/slow-notes", REP, key, text).expectStatus().isCreated()
                .expectBody().consumeWith(replayed ->
                        assertThat(replayed.getResponseBody()).isEqualTo(retry.getResponseBody()));
    }

    @Test
    void aCommandWithoutABodyIsReplayedWithoutOne() {
        String key = UUID.randomUUID().toString();
        UUID id = UUID.randomUUID();
        long tombstones = notes("deleted");

        web.delete().uri("/api/probe/notes/{id}", id).headers(h -> {
                    h.setBearerAuth(REP);
                    h.set("Idempotency-Key", key);
                })
                .exchange().expectStatus().isNoContent().expectBody().isEmpty();
        web.delete().uri("/api/probe/notes/{id}", id).headers(h -> {
                    h.setBearerAuth(REP);
                    h.set("Idempotency-Key", key);
                })
                .exchange().expectStatus().isNoContent()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().isEmpty();

        assertThat(notes("deleted")).isEqualTo(tombstones + 1);
    }

    @Test
    void keysExpireAndTheCleanUpJobDeletesThemSoTheSameKeyIsProcessedAnew() {
        String key = UUID.randomUUID().toString();
        String text = unique("expiry");
        post("/api/probe/notes", REP, key, text).expectStatus().isCreated();

        clock.advance(Duration.ofHours(24).plusSeconds(1)); // past crm.idempotency.ttl
        JobRun run = jobs.run("idempotency-cleanup").block(Duration.ofSeconds(30));

        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        assertThat(run.handled()).isPositive();
        assertThat(keyState("idem-rep", key)).isNull();
        post("/api/probe/notes", REP, key, text).expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed");
        assertThat(notes(text)).isEqualTo(2);
    }

    @Test
    void anExpiredKeyIsProcessedAnewEvenBeforeTheCleanUpRuns() {
        String key = UUID.randomUUID().toString();
        String text = unique("lapsed");
        post("/api/probe/notes", REP, key, text).expectStatus().isCreated();

        clock.advance(Duration.ofHours(25));

        post("/api/probe/notes", REP, key, text).expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed");
        assertThat(notes(text)).isEqualTo(2);
    }

    @Test
    void aKeyThatIsTooLongOrNotPrintableIsABadRequestNamingTheHeader() {
        post("/api/probe/notes", REP, "k".repeat(256), unique("long")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        post("/api/probe/notes", REP, "\"\"", unique("empty")).expectStatus().isBadRequest();
        post("/api/probe/notes", REP, "\"" + "k".repeat(255) + "\"", unique("quoted")).expectStatus().isCreated();
    }

    @Test
    void theApiDocumentsTheOptionalHeaderOnEveryCommand() {
        web.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/probe/notes'].post.parameters[?(@.name == 'Idempotency-Key')].in")
                .isEqualTo("header")
                .jsonPath("$.paths['/api/probe/notes'].post.parameters[?(@.name == 'Idempotency-Key')].required")
                .isEqualTo(false)
                .jsonPath("$.paths['/api/probe/notes/{id}'].delete.parameters[?(@.name == 'Idempotency-Key')].in")
                .isEqualTo("header")
                .jsonPath("$.paths['/api/probe/whoami'].get")
                .value(query -> assertThat(String.valueOf(query)).doesNotContain("Idempotency-Key"));
    }

    private WebTestClient.ResponseSpec post(String uri, String token, String key, String text) {
        return web.post().uri(uri)
                .headers(h -> {
                    h.setBearerAuth(token);
                    if (key != null) {
                        h.set("Idempotency-Key", key);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", text))
                .exchange();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long notes(String text) {
        return db.sql("select count(*) from probe_note where text = :text").bind("text", text)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(5));
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(5));
    }

    private String keyState(String caller, String key) {
        return db.sql("select state from idempotency_key where caller = :caller and idem_key = :key")
                .bind("caller", caller).bind("key", key)
                .map(row -> row.get("state", String.class)).one().block(Duration.ofSeconds(5));
    }
}
