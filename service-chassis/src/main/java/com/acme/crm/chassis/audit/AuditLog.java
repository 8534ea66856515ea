package com.acme.crm.chassis.audit;

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
        return db.sql("""
                        insert into audit_log (at, actor, action, resource_type, resource_id, details)
                        values (:at, :actor, :action, :type, :id, :details)""")
                .bind("at", clock.instant())
                .bind("actor", actor)
                .bind("action", action)
                .bind("type", resourceType)
                .bind("id", String.valueOf(resourceId))
                .bind("details", Json.of(json.writeValueAsBytes(details)))
                .then();
    }

    /** Many entries of one actor, in one statement (bulk commands). */
    public Mono<Void> recordEach(String actor, String resourceType, List<Record> entries) {
        if (entries.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        insert into audit_log (at, actor, action, resource_type, resource_id, details)
                        select :at, :actor, e.action, :type, e.id, e.details::jsonb
                        from unnest(:actions, :ids, :details) with ordinality as e(action, id, details, n) order by e.n""")
                .bind("at", clock.instant())
                .bind("actor", actor)
                .bind("type", resourceType)
                .bind("actions", entries.stream().map(Record::action).toArray(String[]::new))
                .bind("ids", entries.stream().map(entry -> String.valueOf(entry.resourceId())).toArray(String[]::new))
                .bind("details", entries.stream().map(entry -> json.writeValueAsString(entry.details())).toArray(String[]::new))
                .then();
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
        if (resourceIds.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        insert into audit_log (at, actor, action, resource_type, resource_id, details)
                        select :at, :actor, :action, :type, id, '{}'::jsonb from unnest(:ids) as id""")
                .bind("at", clock.instant())
                .bind("actor", actor)
                .bind("action", action)
                .bind("type", resourceType)
                .bind("ids", resourceIds.stream().map(String::valueOf).toArray(String[]::new))
                .then();
    }
}
