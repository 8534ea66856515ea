package com.acme.crm.chassis.inbox;

import com.acme.crm.events.CloudEventHeaders;
import com.acme.crm.events.EventCatalog;
import com.acme.crm.events.EventDescriptor;
import com.acme.crm.events.IntegrationEvent;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;

import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Builds Spring Cloud Stream consumers that process each event once: the {@code (consumer, event id)} row and the
 * handler's writes commit together, so a redelivered event finds its row and has no second effect. A failing
 * handler is retried by the binder and then dead-lettered; a poison message is dead-lettered without retries.
 */
public class Inbox {

    private final DatabaseClient db;
    private final TransactionalOperator transactions;
    private final JsonMapper json;
    private final EventSchemas schemas;
    private final Clock clock;
    private final ObservationRegistry observations;
    private final InboxMetrics metrics;
    private final Duration timeout;

    Inbox(DatabaseClient db, TransactionalOperator transactions, JsonMapper json, EventSchemas schemas, Clock clock,
          ObservationRegistry observations, InboxMetrics metrics, Duration timeout) {
        this.db = db;
        this.transactions = transactions;
        // Money is BigDecimal end to end: a JSON number read through double loses cents (99999999999999.99).
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        this.schemas = schemas;
        this.clock = clock;
        this.observations = observations;
        this.metrics = metrics;
        this.timeout = timeout;
    }

    /** A consumer function for a Stream binding; {@code name} identifies it in the inbox table and metrics. */
    public Consumer<Message<byte[]>> consumer(String name, UnaryOperator<EventHandlers> registrations) {
        EventHandlers handlers = registrations.apply(new EventHandlers());
        return message -> process(name, handlers, message);
    }

    void process(String consumer, EventHandlers handlers, Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String type = header(headers, CloudEventHeaders.TYPE);
        if (type == null) {
            throw poison(consumer, "unknown", "the message has no ce_type header");
        }
        EventDescriptor descriptor = EventCatalog.byType(type).orElse(null);
        EventHandler<IntegrationEvent> handler = descriptor == null ? null
                : handlers.handlerFor(cast(descriptor.payloadType()));
        if (handler == null) {
            metrics.skipped(consumer, type);
            return;
        }
        EventMetadata metadata = metadata(consumer, type, headers);
        IntegrationEvent event = read(consumer, descriptor, message.getPayload());
        Observation observation = observations.getCurrentObservation();
        Mono<Void> once = db.sql("""
                        insert into inbox_event (consumer, event_id, event_type, received_at)
                        values (:consumer, :eventId, :type, :receivedAt) on conflict do nothing""")
                .bind("consumer", consumer)
                .bind("eventId", metadata.eventId())
                .bind("type", type)
                .bind("receivedAt", clock.instant())
                .fetch().rowsUpdated()
                .flatMap(inserted -> {
                    if (inserted == 0) {
                        metrics.duplicate(consumer, type);
                        return Mono.empty();
                    }
                    return handler.handle(event, metadata).doOnSuccess(done -> metrics.processed(consumer, type));
                });
        try {
            transactions.transactional(once)
                    .contextWrite(context -> observation == null ? context
                            : context.put(ObservationThreadLocalAccessor.KEY, observation))
                    .block(timeout);
        } catch (RuntimeException e) {
            metrics.failed(consumer, type, e);
            throw e;
        }
    }

    private IntegrationEvent read(String consumer, EventDescriptor descriptor, byte[] payload) {
        JsonNode tree;
        try {
            tree = json.readTree(payload);
        } catch (RuntimeException e) {
            throw poison(consumer, descriptor.type(), "the payload is not JSON", e);
        }
        List<String> violations = schemas.violations(descriptor, tree);
        if (!violations.isEmpty()) {
            throw poison(consumer, descriptor.type(), "the payload breaks schema " + descriptor.type() + ": " + violations);
        }
        try {
            return json.treeToValue(tree, descriptor.payloadType());
        } catch (RuntimeException e) {
            throw poison(consumer, descriptor.type(), "the payload cannot be read as " + descriptor.type(), e);
        }
    }

    private EventMetadata metadata(String consumer, String type, MessageHeaders headers) {
        String id = header(headers, CloudEventHeaders.ID);
        try {
            String time = header(headers, CloudEventHeaders.TIME);
            return new EventMetadata(UUID.fromString(String.valueOf(id)), type,
                    String.valueOf(header(headers, CloudEventHeaders.SOURCE)),
                    String.valueOf(header(headers, CloudEventHeaders.SUBJECT)),
                    time == null ? clock.instant() : Instant.parse(time));
        } catch (RuntimeException e) {
            throw poison(consumer, type, "the ce_id or ce_time header is missing or malformed", e);
        }
    }

    private PoisonMessageException poison(String consumer, String type, String reason) {
        return poison(consumer, type, reason, null);
    }

    private PoisonMessageException poison(String consumer, String type, String reason, @Nullable Throwable cause) {
        PoisonMessageException poison = cause == null ? new PoisonMessageException(reason)
                : new PoisonMessageException(reason, cause);
        metrics.failed(consumer, type, poison);
        return poison;
    }

    /**
     * A CloudEvents attribute. On the wire it is {@code ce_<name>} (Kafka binding); Spring Cloud Function hands
     * recognised CloudEvents to the function in canonical form, {@code ce-<name>}.
     */
    private static @Nullable String header(MessageHeaders headers, String kafkaName) {
        Object value = headers.get(kafkaName);
        if (value == null && kafkaName.startsWith("ce_")) {
            value = headers.get("ce-" + kafkaName.substring(3));
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Class<IntegrationEvent> cast(Class<? extends IntegrationEvent> type) {
        return (Class<IntegrationEvent>) type;
    }
}
