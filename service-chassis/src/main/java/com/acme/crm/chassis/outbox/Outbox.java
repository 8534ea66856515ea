package com.acme.crm.chassis.outbox;

import com.acme.crm.chassis.observability.TraceContext;
import com.acme.crm.events.CloudEventHeaders;
import com.acme.crm.events.EventCatalog;
import com.acme.crm.events.EventDescriptor;
import com.acme.crm.events.IntegrationEvent;

import io.r2dbc.postgresql.codec.Json;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Appends integration events to the outbox table inside the caller's transaction. It refuses to run outside a
 * transaction: an event written apart from its state change could survive a rolled-back change.
 */
public class Outbox {

    private final DatabaseClient db;
    private final JsonMapper json;
    private final Clock clock;
    private final String source;
    private final TraceContext traces;
    private final OutboxRelay relay;

    Outbox(DatabaseClient db, JsonMapper json, Clock clock, String source, TraceContext traces, OutboxRelay relay) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.source = source;
        this.traces = traces;
        this.relay = relay;
    }

    /** Appends one event; completes when the row is written (published after the transaction commits). */
    public Mono<Void> append(IntegrationEvent event) {
        EventDescriptor descriptor = EventCatalog.of(event.getClass());
        return TransactionSynchronizationManager.forCurrentTransaction()
                .onErrorMap(NoTransactionException.class,
                        e -> new IllegalStateException("Outbox.append must run inside the state change's transaction", e))
                .flatMap(transaction -> {
                    transaction.registerSynchronization(new WakeRelayAfterCommit(relay));
                    return traces.currentTraceparent().map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty());
                })
                .flatMap(traceparent -> insert(descriptor, event, traceparent.orElse(null)));
    }

    private Mono<Void> insert(EventDescriptor descriptor, IntegrationEvent event, String traceparent) {
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, eventId.toString());
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TYPE, descriptor.type());
        headers.put(CloudEventHeaders.TIME, now.toString());
        headers.put(CloudEventHeaders.SUBJECT, event.aggregateId());
        headers.put(CloudEventHeaders.DATA_SCHEMA, descriptor.dataSchemaUri());
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (traceparent != null) {
            headers.put(CloudEventHeaders.TRACEPARENT, traceparent);
        }
        return db.sql("""
                        insert into outbox_event (event_id, event_type, topic, message_key, payload, headers, occurred_at)
                        values (:eventId, :type, :topic, :key, :payload, :headers, :occurredAt)""")
                .bind("eventId", eventId)
                .bind("type", descriptor.type())
                .bind("topic", descriptor.topic())
                .bind("key", event.aggregateId())
                .bind("payload", Json.of(json.writeValueAsBytes(event)))
                .bind("headers", Json.of(json.writeValueAsBytes(headers)))
                .bind("occurredAt", now)
                .then();
    }

    /** Publishes without waiting for the next poll once the event is committed. */
    private record WakeRelayAfterCommit(OutboxRelay relay) implements TransactionSynchronization {

        @Override
        public Mono<Void> afterCommit() {
            relay.wakeUp();
            return Mono.empty();
        }
    }
}
