package com.acme.crm.chassis.outbox;

import com.acme.crm.chassis.observability.TraceContext;
import com.acme.crm.chassis.persistence.CommitWrites;
import com.acme.crm.events.CloudEventHeaders;
import com.acme.crm.events.EventCatalog;
import com.acme.crm.events.EventDescriptor;
import com.acme.crm.events.IntegrationEvent;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Appends integration events to the outbox table inside the caller's transaction (the rows are written just before it
 * commits, with the transaction's audit entries: {@link CommitWrites}). It refuses to run outside a transaction: an
 * event written apart from its state change could survive a rolled-back change.
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
        return appendAll(List.of(event));
    }

    /** Appends events in order with one statement, however many there are (bulk commands). */
    public Mono<Void> appendAll(List<? extends IntegrationEvent> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        return TransactionSynchronizationManager.forCurrentTransaction()
                .onErrorMap(NoTransactionException.class,
                        e -> new IllegalStateException("Outbox.append must run inside the state change's transaction", e))
                .flatMap(transaction -> {
                    transaction.registerSynchronization(new WakeRelayAfterCommit(relay));
                    return traces.currentTraceparent().map(Optional::of).defaultIfEmpty(Optional.empty());
                })
                .flatMap(traceparent -> insert(events, traceparent.orElse(null)));
    }

    private Mono<Void> insert(List<? extends IntegrationEvent> events, @Nullable String traceparent) {
        Instant now = clock.instant();
        List<CommitWrites.OutboxRow> rows = new ArrayList<>(events.size());
        for (IntegrationEvent event : events) {
            EventDescriptor descriptor = EventCatalog.of(event.getClass());
            UUID id = UUID.randomUUID();
            rows.add(new CommitWrites.OutboxRow(id, descriptor.type(), descriptor.topic(), event.aggregateId(),
                    json.writeValueAsString(event),
                    json.writeValueAsString(envelope(id, descriptor, event, now, traceparent)), now));
        }
        // Written with the transaction's other chassis rows in one statement just before it commits, in append order.
        return CommitWrites.write(db, rows, List.of());
    }

    private Map<String, String> envelope(UUID eventId, EventDescriptor descriptor, IntegrationEvent event,
                                         Instant now, @Nullable String traceparent) {
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
        return headers;
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
