package com.acme.crm.chassis.it;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.chassis.jobs.JobRun;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.events.lead.LeadCaptured;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.acme.crm.chassis.test.KafkaProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CrmIntegrationTest
class OutboxIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    Outbox outbox;
    @Autowired
    AdjustableClock clock;

    @Test
    void publishesTheEventOfACommittedChangeWithItsCloudEventsEnvelope() {
        UUID id = createNote("hello");

        try (KafkaProbe probe = KafkaProbe.on("crm.lead.events")) {
            ConsumerRecord<String, byte[]> record = probe.await(KafkaProbe.subject(id), Duration.ofSeconds(15));
            assertThat(record.key()).isEqualTo(id.toString());
            assertThat(header(record, "ce_type")).isEqualTo("crm.lead.captured.v1");
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_source")).isEqualTo("/crm/chassis-it");
            assertThat(header(record, "ce_dataschema")).endsWith("/crm.lead.captured.v1.json");
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            assertThat(UUID.fromString(header(record, "ce_id"))).isNotNull();
            assertThat(Instant.parse(header(record, "ce_time"))).isNotNull();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> publishedAt(id) != null);
    }

    @Test
    void carriesTheRequestsTraceIntoTheEvent() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        UUID id = web.post().uri("/api/probe/notes")
                .headers(h -> h.setBearerAuth(TestTokens.token("rep-1", "east", Role.SALES_REP)))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "traced"))
                .exchange().expectStatus().isCreated()
                .expectBody(ProbeController.Note.class).returnResult().getResponseBody().id();

        try (KafkaProbe probe = KafkaProbe.on("crm.lead.events")) {
            ConsumerRecord<String, byte[]> record = probe.await(KafkaProbe.subject(id), Duration.ofSeconds(15));
            assertThat(header(record, "traceparent")).contains(traceId);
        }
    }

    @Test
    void aRolledBackCommandWritesAndPublishesNothing() {
        web.post().uri("/api/probe/notes")
                .headers(h -> h.setBearerAuth(TestTokens.token("rep-1", "east", Role.SALES_REP)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "explode"))
                .exchange().expectStatus().is5xxServerError();

        assertThat(count("select count(*) from probe_note where text = 'explode'")).isZero();
        assertThat(count("select count(*) from outbox_event where payload->>'ownerId' = 'rep-1' and payload->>'leadId' not in (select id::text from probe_note)")).isZero();
    }

    @Test
    void refusesToAppendOutsideATransaction() {
        LeadCaptured event = new LeadCaptured(UUID.randomUUID(), "WEBSITE", null, "rep-1", "east", null,
                Instant.now(), Instant.now(), null, List.of());
        StepVerifier.create(outbox.append(event))
                .expectErrorMatches(e -> e instanceof IllegalStateException && e.getMessage().contains("transaction"))
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void aTransactionsEventsAndAuditEntriesAreHeldUntilItCommitsThenWrittenInTheOrderTheyWereMade(
            @Autowired TransactionalOperator transactions, @Autowired AuditLog audit) {
        String key = UUID.randomUUID().toString();
        UUID first = UUID.fromString(key);
        LeadCaptured one = new LeadCaptured(first, "WEBSITE", null, "rep-1", "east", null, clock.instant(),
                clock.instant(), null, List.of());
        LeadCaptured two = new LeadCaptured(first, "TRADE_SHOW", null, "rep-1", "east", null, clock.instant(),
                clock.instant(), null, List.of());
        String sameKey = "select count(*) from outbox_event where message_key = '" + key + "'";
        String audited = "select count(*) from audit_log where resource_id = '" + key + "'";

        Long seenInside = outbox.append(one)
                .then(audit.record("rep-1", "FIRST", "lead", first, Map.of("n", 1)))
                .then(outbox.append(two))
                .then(audit.record("rep-1", "SECOND", "lead", first, Map.of("n", 2)))
                .then(db.sql(sameKey).map(row -> row.get(0, Long.class)).one())
                .as(transactions::transactional)
                .block(Duration.ofSeconds(10));

        assertThat(seenInside).as("held, not yet written, inside the transaction").isZero();
        assertThat(db.sql("select payload->>'channel' from outbox_event where message_key = :key order by id")
                .bind("key", key).map(row -> row.get(0, String.class)).all().collectList().block(Duration.ofSeconds(5)))
                .containsExactly("WEBSITE", "TRADE_SHOW");
        assertThat(db.sql("select action from audit_log where resource_id = :key order by id")
                .bind("key", key).map(row -> row.get(0, String.class)).all().collectList().block(Duration.ofSeconds(5)))
                .containsExactly("FIRST", "SECOND");
        assertThat(count(audited)).isEqualTo(2);
    }

    @Test
    void aTransactionThatFailsAfterAppendingLeavesNeitherItsEventsNorItsAuditEntries(
            @Autowired TransactionalOperator transactions, @Autowired AuditLog audit) {
        UUID id = UUID.randomUUID();
        LeadCaptured event = new LeadCaptured(id, "WEBSITE", null, "rep-1", "east", null, clock.instant(),
                clock.instant(), null, List.of());

        StepVerifier.create(outbox.append(event)
                        .then(audit.record("rep-1", "CAPTURED", "lead", id, Map.of()))
                        .then(Mono.error(new IllegalStateException("the change fails after its event was appended")))
                        .as(transactions::transactional))
                .expectError(IllegalStateException.class)
                .verify(Duration.ofSeconds(10));

        assertThat(count("select count(*) from outbox_event where message_key = '" + id + "'")).isZero();
        assertThat(count("select count(*) from audit_log where resource_id = '" + id + "'")).isZero();
    }

    @Test
    void anAuditEntryOutsideATransactionIsWrittenAtOnce(@Autowired AuditLog audit) {
        UUID id = UUID.randomUUID();

        audit.record("rep-1", "CONTACT_READ", "lead", id, Map.of()).block(Duration.ofSeconds(5));

        assertThat(count("select count(*) from audit_log where resource_id = '" + id + "'")).isOne();
    }

    @Test
    void deletesPublishedEventsOnlyAfterTheirRetentionInChunks(@Autowired Jobs jobs) {
        UUID id = createNote("retained");
        await().atMost(Duration.ofSeconds(10)).until(() -> publishedAt(id) != null);
        // More than two clean-up chunks of published events: the job deletes them chunk after chunk.
        db.sql("""
                        insert into outbox_event (event_id, event_type, topic, message_key, payload, headers,
                          occurred_at, published_at)
                        select gen_random_uuid(), 'probe', 'crm.lead.events', 'volume', '{}', '{}', :at, :at
                        from generate_series(1, 12000)""")
                .bind("at", clock.instant()).then().block(Duration.ofSeconds(20));

        assertThat(jobs.run("outbox-cleanup").block(Duration.ofSeconds(10)).outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        assertThat(count("select count(*) from outbox_event where message_key = '" + id + "'")).isOne();

        clock.advance(Duration.ofDays(8));
        JobRun run = jobs.run("outbox-cleanup").block(Duration.ofSeconds(30));

        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        assertThat(run.handled()).isGreaterThanOrEqualTo(12_001);
        assertThat(count("select count(*) from outbox_event where message_key = '" + id + "'")).isZero();
        assertThat(count("select count(*) from outbox_event where message_key = 'volume'")).isZero();
    }

    private UUID createNote(String text) {
        return web.post().uri("/api/probe/notes")
                .headers(h -> h.setBearerAuth(TestTokens.token("rep-1", "east", Role.SALES_REP)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", text))
                .exchange().expectStatus().isCreated()
                .expectBody(ProbeController.Note.class).returnResult().getResponseBody().id();
    }

    private Instant publishedAt(UUID id) {
        return db.sql("select published_at from outbox_event where message_key = :key")
                .bind("key", id.toString())
                .map(row -> row.get("published_at", Instant.class))
                .one().block(Duration.ofSeconds(5));
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(5));
    }
}
