package com.acme.crm.chassis.persistence;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The chassis rows a state change writes beside its own: outbox events and audit entries. Inside a transaction they are
 * held until just before it commits and then written in one statement, so a command that publishes and audits two
 * events (a quote signed, its order opened) pays one round trip for all of them instead of one per call; they still
 * commit or roll back with the change. Outside a transaction (an audited read) they are written at once.
 */
public final class CommitWrites {

    private static final Object RESOURCE = CommitWrites.class;

    private CommitWrites() {
    }

    /** One outbox row, serialised by the caller (so a payload that cannot be written fails where it was made). */
    public record OutboxRow(UUID eventId, String type, String topic, String key, String payload, String headers,
                            Instant occurredAt) {
    }

    /** One audit entry; {@code details} is a JSON object. */
    public record AuditRow(Instant at, String actor, String action, String resourceType, String resourceId,
                           String details) {
    }

    /**
     * Holds the rows for the current transaction's commit, or writes them now when there is no transaction.
     *
     * @return completes when the rows are held (or written)
     */
    public static Mono<Void> write(DatabaseClient db, List<OutboxRow> outbox, List<AuditRow> audit) {
        if (outbox.isEmpty() && audit.isEmpty()) {
            return Mono.empty();
        }
        return TransactionSynchronizationManager.forCurrentTransaction()
                .filter(tx -> tx.isSynchronizationActive() && tx.isActualTransactionActive())
                .map(tx -> pending(tx, db).add(outbox, audit))
                .onErrorResume(NoTransactionException.class, e -> Mono.empty())
                .switchIfEmpty(Mono.defer(() -> insert(db, outbox, audit).thenReturn(true)))
                .then();
    }

    private static Pending pending(TransactionSynchronizationManager tx, DatabaseClient db) {
        @Nullable Object held = tx.getResource(RESOURCE);
        if (held instanceof Pending pending) {
            return pending;
        }
        Pending pending = new Pending(db, tx);
        tx.bindResource(RESOURCE, pending);
        tx.registerSynchronization(pending);
        return pending;
    }

    /** One statement for both tables; either list may be empty (a data-modifying CTE runs even when unreferenced). */
    private static Mono<Void> insert(DatabaseClient db, List<OutboxRow> outbox, List<AuditRow> audit) {
        int events = outbox.size();
        UUID[] ids = new UUID[events];
        String[] types = new String[events];
        String[] topics = new String[events];
        String[] keys = new String[events];
        String[] payloads = new String[events];
        String[] headers = new String[events];
        String[] occurred = new String[events];
        for (int i = 0; i < events; i++) {
            OutboxRow row = outbox.get(i);
            ids[i] = row.eventId();
            types[i] = row.type();
            topics[i] = row.topic();
            keys[i] = row.key();
            payloads[i] = row.payload();
            headers[i] = row.headers();
            occurred[i] = row.occurredAt().toString();
        }
        int entries = audit.size();
        String[] at = new String[entries];
        String[] actors = new String[entries];
        String[] actions = new String[entries];
        String[] resourceTypes = new String[entries];
        String[] resourceIds = new String[entries];
        String[] details = new String[entries];
        for (int i = 0; i < entries; i++) {
            AuditRow row = audit.get(i);
            at[i] = row.at().toString();
            actors[i] = row.actor();
            actions[i] = row.action();
            resourceTypes[i] = row.resourceType();
            resourceIds[i] = row.resourceId();
            details[i] = row.details();
        }
        return db.sql("""
                        with audit as (
                          insert into audit_log (at, actor, action, resource_type, resource_id, details)
                          select a.at::timestamptz, a.actor, a.action, a.type, a.id, a.details::jsonb
                          from unnest(:at, :actors, :actions, :resourceTypes, :resourceIds, :details)
                            with ordinality as a(at, actor, action, type, id, details, n)
                          order by a.n)
                        insert into outbox_event (event_id, event_type, topic, message_key, payload, headers, occurred_at)
                        select e.id, e.type, e.topic, e.key, e.payload::jsonb, e.headers::jsonb, e.occurred::timestamptz
                        from unnest(:ids, :types, :topics, :keys, :payloads, :headers, :occurred)
                          with ordinality as e(id, type, topic, key, payload, headers, occurred, n)
                        order by e.n""")
                .bind("at", at).bind("actors", actors).bind("actions", actions).bind("resourceTypes", resourceTypes)
                .bind("resourceIds", resourceIds).bind("details", details)
                .bind("ids", ids).bind("types", types).bind("topics", topics).bind("keys", keys)
                .bind("payloads", payloads).bind("headers", headers).bind("occurred", occurred)
                .then();
    }

    /** The rows a transaction holds, written before it commits and forgotten when it completes either way. */
    private static final class Pending implements TransactionSynchronization {

        private final DatabaseClient db;
        private final TransactionSynchronizationManager tx;
        private final List<OutboxRow> outbox = new ArrayList<>();
        private final List<AuditRow> audit = new ArrayList<>();

        Pending(DatabaseClient db, TransactionSynchronizationManager tx) {
            this.db = db;
            this.tx = tx;
        }

        synchronized boolean add(List<OutboxRow> events, List<AuditRow> entries) {
            outbox.addAll(events);
            audit.addAll(entries);
            return true;
        }

        synchronized Mono<Void> flush() {
            if (outbox.isEmpty() && audit.isEmpty()) {
                return Mono.empty();
            }
            List<OutboxRow> events = List.copyOf(outbox);
            List<AuditRow> entries = List.copyOf(audit);
            outbox.clear();
            audit.clear();
            return insert(db, events, entries);
        }

        @Override
        public Mono<Void> beforeCommit(boolean readOnly) {
            return Mono.defer(this::flush);
        }

        @Override
        public Mono<Void> afterCompletion(int status) {
            tx.unbindResourceIfPossible(RESOURCE);
            return Mono.empty();
        }
    }
}
