package com.acme.crm.chassis.it;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.jobs.JobRun;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TestDatabase;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.acme.crm.chassis.test.KafkaProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CrmIntegrationTest
class InboxIntegrationTest {

    private static final String TOPIC = "crm.lead.events";
    private static final String DLQ = "crm.lead.events.chassis-it.dlq";

    @Autowired
    DatabaseClient db;
    @Autowired
    MeterRegistry meters;

    @Test
    void theBindersLagMetricsAreTheInertStandInSoPausingATestContextCannotDeadlock(
            @Autowired io.micrometer.core.instrument.MeterRegistry meters) {
        // TestPlatformInitializer: the binder's own KafkaBinderMetrics backs off, so no lag gauge is bound in tests.
        assertThat(meters.find("spring.cloud.stream.binder.kafka.offset").gauges()).isEmpty();
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        UUID leadId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        double duplicatesBefore = duplicates();

        KafkaProbe.send(TOPIC, leadId.toString(), leadCaptured(leadId), envelope(eventId, leadId));
        KafkaProbe.send(TOPIC, leadId.toString(), leadCaptured(leadId), envelope(eventId, leadId));

        await().atMost(Duration.ofSeconds(20)).until(() -> duplicates() > duplicatesBefore);
        assertThat(received(leadId)).isOne();
    }

    @Test
    void aPoisonMessageIsDeadLetteredWithItsReasonAndTheConsumerGoesOn() {
        UUID poisoned = UUID.randomUUID();
        UUID healthy = UUID.randomUUID();

        KafkaProbe.send(TOPIC, poisoned.toString(), "{not json".getBytes(StandardCharsets.UTF_8),
                envelope(UUID.randomUUID().toString(), poisoned));
        KafkaProbe.send(TOPIC, healthy.toString(), leadCaptured(healthy), envelope(UUID.randomUUID().toString(), healthy));

        await().atMost(Duration.ofSeconds(20)).until(() -> received(healthy) == 1);
        try (KafkaProbe dlq = KafkaProbe.on(DLQ)) {
            ConsumerRecord<String, byte[]> dead = dlq.await(r -> poisoned.toString().equals(r.key()), Duration.ofSeconds(20));
            assertThat(header(dead, "x-exception-message")).contains("not JSON");
            assertThat(header(dead, "x-original-topic")).isEqualTo(TOPIC);
        }
        assertThat(received(poisoned)).isZero();
        assertThat(meters.find("crm.inbox.dead.lettered").counter()).isNotNull();
    }

    @Test
    void anEventThatBreaksItsSchemaIsDeadLettered() {
        UUID leadId = UUID.randomUUID();
        byte[] withoutChannel = ("{\"leadId\":\"" + leadId + "\",\"ownerId\":\"rep-1\",\"team\":\"east\"}")
                .getBytes(StandardCharsets.UTF_8);

        KafkaProbe.send(TOPIC, leadId.toString(), withoutChannel, envelope(UUID.randomUUID().toString(), leadId));

        try (KafkaProbe dlq = KafkaProbe.on(DLQ)) {
            ConsumerRecord<String, byte[]> dead = dlq.await(r -> leadId.toString().equals(r.key()), Duration.ofSeconds(20));
            assertThat(header(dead, "x-exception-message")).contains("breaks schema");
        }
        assertThat(received(leadId)).isZero();
    }

    @Test
    void eventTypesWithoutAHandlerAreSkipped() {
        UUID leadId = UUID.randomUUID();
        Map<String, String> headers = new java.util.HashMap<>(envelope(UUID.randomUUID().toString(), leadId));
        headers.put("ce_type", "crm.lead.something-new.v1");
        double skippedBefore = skipped();

        KafkaProbe.send(TOPIC, leadId.toString(), "{}".getBytes(StandardCharsets.UTF_8), headers);

        await().atMost(Duration.ofSeconds(20)).until(() -> skipped() > skippedBefore);
        assertThat(received(leadId)).isZero();
    }

    @Test
    void processedEventIdsAreForgottenAfterTheirRetentionInChunks(@Autowired Jobs jobs,
                                                                  @Autowired AdjustableClock clock) {
        UUID old = UUID.randomUUID();
        db.sql("insert into inbox_event (consumer, event_id, event_type, received_at) values ('it', :id, 't', :at)")
                .bind("id", old).bind("at", clock.instant()).then().block(Duration.ofSeconds(5));
        // More than two clean-up chunks of old ids, and a recent id that must stay.
        db.sql("""
                        insert into inbox_event (consumer, event_id, event_type, received_at)
                        select 'it-volume', gen_random_uuid(), 't', :at from generate_series(1, 12000)""")
                .bind("at", clock.instant()).then().block(Duration.ofSeconds(20));

        assertThat(jobs.run("inbox-cleanup").block(Duration.ofSeconds(10)).outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        assertThat(inboxRows(old)).isOne();

        clock.advance(Duration.ofDays(31));
        UUID recent = UUID.randomUUID();
        db.sql("insert into inbox_event (consumer, event_id, event_type, received_at) values ('it', :id, 't', :at)")
                .bind("id", recent).bind("at", clock.instant()).then().block(Duration.ofSeconds(5));
        JobRun run = jobs.run("inbox-cleanup").block(Duration.ofSeconds(30));

        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        assertThat(run.handled()).isGreaterThanOrEqualTo(12_001);
        assertThat(inboxRows(old)).isZero();
        assertThat(inboxRows(recent)).isOne();
        assertThat(TestDatabase.count(db, "select count(*) from inbox_event where consumer = 'it-volume'")).isZero();
    }

    private long inboxRows(UUID eventId) {
        return db.sql("select count(*) from inbox_event where event_id = :id").bind("id", eventId)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(5));
    }

    private static byte[] leadCaptured(UUID leadId) {
        return ("""
                {"leadId":"%s","channel":"TRADE_SHOW","company":"Acme","ownerId":"rep-1","team":"east",
                 "capturedAt":"2026-11-23T09:00:00Z","firstContactDueAt":"2026-11-25T09:00:00Z",
                 "contactFingerprints":[],"someFutureField":42}""").formatted(leadId).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> envelope(String eventId, UUID leadId) {
        return Map.of("ce_id", eventId, "ce_type", "crm.lead.captured.v1", "ce_source", "/crm/test",
                "ce_specversion", "1.0", "ce_subject", leadId.toString(), "ce_time", "2026-11-23T09:00:00Z");
    }

    private long received(UUID leadId) {
        return db.sql("select count(*) from received_lead where lead_id = :id").bind("id", leadId)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(5));
    }

    private double duplicates() {
        return meters.find("crm.inbox.duplicates").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private double skipped() {
        return meters.find("crm.inbox.skipped").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
