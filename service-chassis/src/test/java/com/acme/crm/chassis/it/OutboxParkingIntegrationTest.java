package com.acme.crm.chassis.it;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.outbox.ParkedEvent;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TestPlatform;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.PageResponse;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.acme.crm.chassis.test.KafkaProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One event the broker can never take (a record over the producer's 1 MiB {@code max.request.size}) is parked after
 * {@code crm.outbox.max-attempts}; the events of its key wait behind it, every other key goes on; operators see it
 * in {@code crm_outbox_parked} and {@code /api/ops/outbox/parked} and redrive it.
 */
@CrmIntegrationTest
@TestPropertySource(properties = {
        "spring.cloud.function.definition=",
        "crm.outbox.topics=crm.lead.events," + OutboxParkingIntegrationTest.TOPIC,
        "crm.outbox.max-attempts=3",
        "crm.outbox.stats-interval=500ms"})
class OutboxParkingIntegrationTest {

    static final String TOPIC = "crm.chassis-it.parking";
    private static final int TOO_LARGE = 2 * 1024 * 1024;
    private static final int SMALL = 100;
    private static final ParameterizedTypeReference<PageResponse<ParkedEvent>> PAGE = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    MeterRegistry meters;
    @Autowired
    AdjustableClock clock;

    private final List<String> keys = new ArrayList<>();

    @AfterEach
    void forgetTheEventsOfThisTest() {
        db.sql("delete from outbox_event where message_key = any(:keys)").bind("keys", keys.toArray(String[]::new))
                .then().block(Duration.ofSeconds(10));
    }

    @Test
    void anEventTooLargeForTheBrokerIsParkedAndHoldsBackOnlyTheEventsOfItsOwnKey() {
        String blocked = key();
        String other = key();
        String another = key();
        List<Long> ids = write(new Event(blocked, TOO_LARGE), new Event(blocked, SMALL), new Event(other, SMALL),
                new Event(blocked, SMALL), new Event(another, SMALL));
        long tooLarge = ids.get(0);

        try (KafkaProbe probe = KafkaProbe.on(TOPIC)) {
            probe.await(record -> other.equals(record.key()), Duration.ofSeconds(30));
            probe.await(record -> another.equals(record.key()), Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(30)).until(() -> parked(tooLarge));
            assertThat(recordFailures(tooLarge)).isGreaterThanOrEqualTo(3);

            assertThat(probe.all(record -> blocked.equals(record.key()), Duration.ofSeconds(2)))
                    .as("the events behind the parked one keep their order by waiting").isEmpty();
            assertThat(unpublished(ids.get(1))).isTrue();
            assertThat(unpublished(ids.get(3))).isTrue();
            assertThat(parked(ids.get(1)) || parked(ids.get(3))).as("only the failing event is parked").isFalse();
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> meters.find("crm.outbox.parked").gauge().value() == 1.0);

        PageResponse<ParkedEvent> page = web.get().uri("/api/ops/outbox/parked")
                .headers(h -> h.setBearerAuth(operator()))
                .exchange().expectStatus().isOk()
                .expectBody(PAGE).returnResult().getResponseBody();
        ParkedEvent listed = page.items().stream().filter(event -> event.id() == tooLarge).findFirst().orElseThrow();
        assertThat(listed.key()).isEqualTo(blocked);
        assertThat(listed.topic()).isEqualTo(TOPIC);
        assertThat(listed.type()).isEqualTo("crm.chassis-it.parking.v1");
        assertThat(listed.attempts()).isGreaterThanOrEqualTo(3);
        assertThat(listed.lastError()).contains("RecordTooLargeException");
        assertThat(listed.parkedAt()).isNotNull();
        web.get().uri("/api/ops/outbox/parked").headers(h -> h.setBearerAuth(operator()))
                .exchange().expectBody().jsonPath("$.items[0].payload").doesNotExist();

        ParkedEvent redriven = redrive(tooLarge);
        assertThat(redriven.attempts()).isZero();
        assertThat(redriven.parkedAt()).isNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> parked(tooLarge));
        assertThat(unpublished(ids.get(1))).as("still too large, so parked again, and its key still waits").isTrue();
    }

    @Test
    void anEventTheBrokerRefusesAfterSendingItsKeysNextEventIsNotMarkedPublishedBeforeIt() throws Exception {
        String topic = "crm.chassis-it.small-records";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestPlatform.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1).configs(Map.of("max.message.bytes", "2048"))))
                    .all().get(10, TimeUnit.SECONDS);
        }
        String blocked = key();
        String other = key();
        // Random text does not compress: the broker, not the producer, refuses this one, after the round sent it.
        List<Long> ids = write(topic, new Event(blocked, -20_000), new Event(blocked, SMALL), new Event(other, SMALL));

        try (KafkaProbe probe = KafkaProbe.on(topic)) {
            probe.await(record -> other.equals(record.key()), Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(30)).until(() -> parked(ids.get(0)));
            assertThat(unpublished(ids.get(1)))
                    .as("acknowledged, but behind a failed event of its key: sent again after it").isTrue();
            assertThat(parked(ids.get(1))).isFalse();
            assertThat(unpublished(ids.get(2))).isFalse();
        }
        assertThat(db.sql("select last_error from outbox_event where id = :id").bind("id", ids.get(0))
                .map(row -> row.get(0, String.class)).one().block(Duration.ofSeconds(5)))
                .contains("RecordTooLargeException");
    }

    @Test
    void aParkedEventRedrivenOnceItsCauseIsFixedIsPublishedAndTheEventsOfItsKeyFollowInOrder() {
        String key = key();
        List<Long> ids = write(new Event(key, TOO_LARGE), new Event(key, SMALL), new Event(key, SMALL));
        long tooLarge = ids.get(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> parked(tooLarge));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> meters.find("crm.outbox.parked").gauge().value() == 1.0);

        db.sql("update outbox_event set payload = '{\"size\": \"fixed\"}'::jsonb where id = :id").bind("id", tooLarge)
                .then().block(Duration.ofSeconds(5));
        redrive(tooLarge);

        try (KafkaProbe probe = KafkaProbe.on(TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().noneMatch(this::unpublished));
            List<ConsumerRecord<String, byte[]>> received = probe.all(record -> key.equals(record.key()), Duration.ofSeconds(2));
            LinkedHashSet<String> order = new LinkedHashSet<>();
            received.forEach(record -> order.add(header(record, "ce_id")));
            assertThat(List.copyOf(order)).as("commit order kept for the key").containsExactlyElementsOf(eventIds(ids));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> meters.find("crm.outbox.parked").gauge().value() == 0.0);
        assertThat(db.sql("""
                        select count(*) from audit_log
                        where action = 'OUTBOX_EVENT_REDRIVEN' and resource_type = 'outbox_event' and resource_id = :id
                          and actor = 'ops-1'""")
                .bind("id", String.valueOf(tooLarge))
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(5))).isOne();
    }

    @Test
    void onlyOperatorsSeeAndRedriveParkedEvents() {
        for (Role role : List.of(Role.SALES_DIRECTOR, Role.GENERAL_MANAGER, Role.SYSTEM)) {
            String token = TestTokens.token("someone", "east", role);
            web.get().uri("/api/ops/outbox/parked").headers(h -> h.setBearerAuth(token))
                    .exchange().expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            web.post().uri("/api/ops/outbox/parked/1/redrive").headers(h -> h.setBearerAuth(token))
                    .exchange().expectStatus().isForbidden();
        }
        web.get().uri("/api/ops/outbox/parked").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void redrivingAnEventThatIsNotParkedIsNotFound() {
        String key = key();
        long published = write(new Event(key, SMALL)).get(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> !unpublished(published));

        for (long id : List.of(published, Long.MAX_VALUE)) {
            web.post().uri("/api/ops/outbox/parked/{id}/redrive", id).headers(h -> h.setBearerAuth(operator()))
                    .exchange().expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://crm.acme.com/problems/not-found");
        }
        web.get().uri("/api/ops/outbox/parked?size=0").headers(h -> h.setBearerAuth(operator()))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
    }

    private ParkedEvent redrive(long id) {
        return web.post().uri("/api/ops/outbox/parked/{id}/redrive", id).headers(h -> h.setBearerAuth(operator()))
                .exchange().expectStatus().isAccepted()
                .expectBody(ParkedEvent.class).returnResult().getResponseBody();
    }

    private static String operator() {
        return TestTokens.token("ops-1", null, Role.OPERATOR);
    }

    private String key() {
        String key = UUID.randomUUID().toString();
        keys.add(key);
        return key;
    }

    private record Event(String key, int payloadSize) {
    }

    private List<Long> write(Event... events) {
        return write(TOPIC, events);
    }

    /**
     * Writes outbox rows as {@code Outbox.append} does, in one transaction and in order; returns their ids. A
     * negative payload size asks for that much random (incompressible) text.
     */
    private List<Long> write(String topic, Event... events) {
        int size = events.length;
        UUID[] eventIds = new UUID[size];
        String[] keys = new String[size];
        String[] payloads = new String[size];
        String[] headers = new String[size];
        for (int i = 0; i < size; i++) {
            eventIds[i] = UUID.randomUUID();
            keys[i] = events[i].key();
            int payloadSize = events[i].payloadSize();
            String filler = payloadSize >= 0 ? "x".repeat(payloadSize) : randomText(-payloadSize);
            payloads[i] = "{\"filler\": \"" + filler + "\"}";
            headers[i] = "{\"ce_id\": \"" + eventIds[i] + "\", \"ce_type\": \"crm.chassis-it.parking.v1\", \"ce_subject\": \""
                    + keys[i] + "\"}";
        }
        db.sql("""
                        insert into outbox_event (event_id, event_type, topic, message_key, payload, headers, occurred_at)
                        select e.id, 'crm.chassis-it.parking.v1', :topic, e.key, e.payload::jsonb, e.headers::jsonb, :at
                        from unnest(:ids, :keys, :payloads, :headers) with ordinality as e(id, key, payload, headers, n)
                        order by e.n""")
                .bind("topic", topic)
                .bind("at", clock.instant())
                .bind("ids", eventIds)
                .bind("keys", keys)
                .bind("payloads", payloads)
                .bind("headers", headers)
                .then().block(Duration.ofSeconds(10));
        List<Long> ids = new ArrayList<>();
        for (UUID eventId : eventIds) {
            ids.add(db.sql("select id from outbox_event where event_id = :id").bind("id", eventId)
                    .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(5)));
        }
        return ids;
    }

    private static String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(UUID.randomUUID().toString().replace("-", ""));
        }
        return text.substring(0, length);
    }

    private List<String> eventIds(List<Long> ids) {
        return ids.stream().map(id -> db.sql("select event_id::text from outbox_event where id = :id").bind("id", id)
                .map(row -> row.get(0, String.class)).one().block(Duration.ofSeconds(5))).toList();
    }

    private boolean parked(long id) {
        return Boolean.TRUE.equals(db.sql("select parked_at is not null from outbox_event where id = :id").bind("id", id)
                .map(row -> row.get(0, Boolean.class)).one().block(Duration.ofSeconds(5)));
    }

    private boolean unpublished(long id) {
        return Boolean.TRUE.equals(db.sql("select published_at is null from outbox_event where id = :id").bind("id", id)
                .map(row -> row.get(0, Boolean.class)).one().block(Duration.ofSeconds(5)));
    }

    private int recordFailures(long id) {
        return db.sql("select record_failures from outbox_event where id = :id").bind("id", id)
                .map(row -> row.get(0, Integer.class)).one().block(Duration.ofSeconds(5));
    }
}
