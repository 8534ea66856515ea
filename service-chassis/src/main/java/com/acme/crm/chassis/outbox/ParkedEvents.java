package com.acme.crm.chassis.outbox;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import io.r2dbc.spi.Row;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The events the relay parked after {@code crm.outbox.max-attempts} failures of their own, for an operator to list
 * and, once the cause is fixed, redrive: a redriven event is retried with its attempts reset, and the events of its
 * key that waited behind it follow it in order.
 */
public class ParkedEvents {

    static final String REDRIVEN = "OUTBOX_EVENT_REDRIVEN";
    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);
    private static final String COLUMNS =
            "id, event_id, event_type, topic, message_key, attempts, last_error, occurred_at, parked_at";

    private final DatabaseClient db;
    private final TransactionalOperator transactions;
    private final AuditLog audit;
    private final OutboxRelay relay;

    ParkedEvents(DatabaseClient db, TransactionalOperator transactions, AuditLog audit, OutboxRelay relay) {
        this.db = db;
        this.transactions = transactions;
        this.audit = audit;
        this.relay = relay;
    }

    /** Parked events, the most recently parked first. */
    public Mono<PageResponse<ParkedEvent>> list(PageRequest page) {
        Mono<Long> total = db.sql("select count(*) from outbox_event where published_at is null and parked_at is not null")
                .map(row -> row.get(0, Long.class))
                .one();
        Mono<java.util.List<ParkedEvent>> items = db.sql("select " + COLUMNS + """
                         from outbox_event where published_at is null and parked_at is not null
                        order by parked_at desc, id desc limit :limit offset :offset""")
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map((row, meta) -> parkedEvent(row))
                .all()
                .collectList();
        return Mono.zip(items, total, (list, count) -> PageResponse.of(list, page, count));
    }

    /**
     * Unparks the event and resets its attempts, audited under the operator's name; the relay picks it up at once.
     * Fails with {@link NotFoundException} if no parked event has that id.
     */
    public Mono<ParkedEvent> redrive(long id, String operator) {
        Mono<ParkedEvent> unpark = db.sql("""
                        update outbox_event set parked_at = null, attempts = 0, record_failures = 0
                        where id = :id and published_at is null and parked_at is not null
                        returning\s""" + COLUMNS)
                .bind("id", id)
                .map((row, meta) -> parkedEvent(row))
                .one()
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Parked outbox event", id)))
                .flatMap(event -> audit.record(operator, REDRIVEN, "outbox_event", id, Map.of(
                                "eventId", event.eventId().toString(), "type", event.type(), "topic", event.topic(),
                                "key", event.key()))
                        .thenReturn(event));
        return transactions.transactional(unpark)
                .flatMap(event -> relay.countParked().onErrorResume(e -> Mono.empty()).thenReturn(event))
                .doOnNext(event -> {
                    log.info("Outbox event {} ({}, key {}) redriven by {}", event.id(), event.type(), event.key(), operator);
                    relay.wakeUp();
                });
    }

    private static ParkedEvent parkedEvent(Row row) {
        OffsetDateTime parkedAt = row.get("parked_at", OffsetDateTime.class);
        return new ParkedEvent(
                row.get("id", Long.class),
                row.get("event_id", UUID.class),
                row.get("event_type", String.class),
                row.get("topic", String.class),
                row.get("message_key", String.class),
                row.get("attempts", Integer.class),
                row.get("last_error", String.class),
                row.get("occurred_at", OffsetDateTime.class).toInstant(),
                parkedAt == null ? null : parkedAt.toInstant());
    }
}
