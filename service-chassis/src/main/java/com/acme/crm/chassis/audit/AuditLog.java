package com.acme.crm.chassis.audit;

import com.acme.crm.chassis.persistence.CommitWrites;

import io.r2dbc.postgresql.codec.Json;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Appends audit entries to the service's {@code audit_log}. Entries name ids, never contact data (B-3), so the
 * trail itself can be read by auditors outside the sales team.
 */
public class AuditLog {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };

    private final DatabaseClient db;
    private final Clock clock;
    private final JsonMapper json;

    public AuditLog(DatabaseClient db, Clock clock, JsonMapper json) {
        this.db = db;
        this.clock = clock;
        this.json = json;
    }

    /** One entry, e.g. {@code record("rep-2", "CONTACT_READ", "lead", id, Map.of())}. */
    public Mono<Void> record(String actor, String action, String resourceType, Object resourceId,
                             Map<String, ?> details) {
        return write(List.of(new CommitWrites.AuditRow(clock.instant(), actor, action, resourceType,
                String.valueOf(resourceId), json.writeValueAsString(details))));
    }

    /** Many entries of one actor, in one statement (bulk commands). */
    public Mono<Void> recordEach(String actor, String resourceType, List<Record> entries) {
        Instant now = clock.instant();
        return write(entries.stream().map(entry -> new CommitWrites.AuditRow(now, actor, entry.action(), resourceType,
                String.valueOf(entry.resourceId()), json.writeValueAsString(entry.details()))).toList());
    }

    /** Inside a transaction the entries are written with its outbox rows just before it commits; outside, at once. */
    private Mono<Void> write(List<CommitWrites.AuditRow> rows) {
        return CommitWrites.write(db, List.of(), rows);
    }

    /** One entry of a {@link #recordEach} batch. */
    public record Record(String action, Object resourceId, Map<String, ?> details) {
    }

    /** A resource's history, newest first. */
    public Flux<Entry> history(String resourceType, Object resourceId, int limit) {
        return db.sql("""
                        select at, actor, action, details from audit_log
                        where resource_type = :type and resource_id = :id order by at desc, id desc limit :limit""")
                .bind("type", resourceType)
                .bind("id", String.valueOf(resourceId))
                .bind("limit", limit)
                .map(row -> new Entry(row.get("at", java.time.OffsetDateTime.class).toInstant(),
                        row.get("actor", String.class), row.get("action", String.class),
                        json.readValue(row.get("details", Json.class).asArray(), DETAILS)))
                .all();
    }

    /** One audit entry. */
    public record Entry(Instant at, String actor, String action, Map<String, Object> details) {
    }

    /** The same action on many resources, in one statement. */
    public Mono<Void> recordAll(String actor, String action, String resourceType, Collection<?> resourceIds) {
        Instant now = clock.instant();
        return write(resourceIds.stream().map(id -> new CommitWrites.AuditRow(now, actor, action, resourceType,
                String.valueOf(id), "{}")).toList());
    }
}
