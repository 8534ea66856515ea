package com.acme.crm.aftersales.complaint.persistence;

import com.acme.crm.aftersales.complaint.ComplaintChannel;
import com.acme.crm.aftersales.complaint.ComplaintState;
import com.acme.crm.aftersales.complaint.ComplaintStatus;
import com.acme.crm.aftersales.complaint.Complaints;
import com.acme.crm.chassis.persistence.RowValues;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.ConflictException;

import io.r2dbc.spi.Readable;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** complaint rows; each update checks and bumps the version. */
@Repository
class R2dbcComplaints implements Complaints {

    private static final String COLUMNS = """
            id, customer_id, owner_id, team, complainant, channel, content, related_order_id, status, raised_by,
            raised_at, apology_due_at, escalation_due_at, initial_plan, planned_by, planned_at, execution_due_at,
            resolved_by, resolved_at, callback_due_at, called_back_at, root_cause, improvement_actions, closed_by,
            closed_at, apology_breached_at, execution_breached_at, callback_breached_at, escalated_at, version""";

    private final DatabaseClient db;

    R2dbcComplaints(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(ComplaintState c) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("insert into complaint (" + COLUMNS + ") values (:id, "
                + ":customer, :owner, :team, :complainant, :channel, :content, :order, :status, :raisedBy, :raisedAt, "
                + ":apologyDue, :escalationDue, :plan, :plannedBy, :plannedAt, :executionDue, :resolvedBy, "
                + ":resolvedAt, :callbackDue, :calledBackAt, :rootCause, :actions, :closedBy, :closedAt, "
                + ":apologyBreached, :executionBreached, :callbackBreached, :escalatedAt, 0)")
                .bind("customer", c.customerId()).bind("owner", c.ownerId()).bind("team", c.team())
                .bind("complainant", c.complainant()).bind("channel", c.channel().name())
                .bind("content", c.content()).bind("raisedBy", c.raisedBy()).bind("raisedAt", c.raisedAt())
                .bind("apologyDue", c.apologyDueAt()).bind("escalationDue", c.escalationDueAt());
        return changing(nullable(spec, "order", c.relatedOrderId(), UUID.class), c).then();
    }

    @Override
    public Mono<Void> update(ComplaintState c) {
        return changing(db.sql("""
                        update complaint set status = :status, initial_plan = :plan, planned_by = :plannedBy,
                          planned_at = :plannedAt, execution_due_at = :executionDue, resolved_by = :resolvedBy,
                          resolved_at = :resolvedAt, callback_due_at = :callbackDue, called_back_at = :calledBackAt,
                          root_cause = :rootCause, improvement_actions = :actions, closed_by = :closedBy,
                          closed_at = :closedAt, apology_breached_at = :apologyBreached,
                          execution_breached_at = :executionBreached, callback_breached_at = :callbackBreached,
                          escalated_at = :escalatedAt, version = version + 1
                        where id = :id and version = :version""").bind("version", c.version()), c)
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty()
                        : Mono.error(new ConflictException("Complaint " + c.id() + " was changed concurrently; retry")));
    }

    @Override
    public Mono<Void> updateAll(List<ComplaintState> complaints) {
        return Flux.fromIterable(complaints).concatMap(this::update).then();
    }

    @Override
    public Mono<ComplaintState> find(UUID id) {
        return db.sql("select " + COLUMNS + " from complaint where id = :id").bind("id", id)
                .map(R2dbcComplaints::read).one();
    }

    @Override
    public Flux<ComplaintState> latest(DataScope scope, boolean escalatedOnly, int limit) {
        String where = scope.all() ? "true" : scope.team() != null ? "team = :team" : "owner_id = :owner";
        DatabaseClient.GenericExecuteSpec spec = db.sql("select " + COLUMNS + " from complaint where " + where
                + (escalatedOnly ? " and escalated_at is not null and status <> 'CLOSED'" : "")
                + " order by raised_at desc, id limit :limit").bind("limit", limit);
        if (!scope.all()) {
            spec = scope.team() != null ? spec.bind("team", scope.team())
                    : spec.bind("owner", Objects.requireNonNull(scope.ownerId()));
        }
        return spec.map(R2dbcComplaints::read).all();
    }

    @Override
    public Flux<ComplaintState> lockDue(Instant now, int limit) {
        return db.sql("select " + COLUMNS + """
                         from complaint
                        where (status = 'RAISED' and apology_breached_at is null and apology_due_at <= :now)
                           or (status = 'PLANNED' and execution_breached_at is null and execution_due_at <= :now)
                           or (called_back_at is null and callback_breached_at is null and callback_due_at <= :now)
                           or (status in ('RAISED', 'PLANNED') and escalated_at is null and escalation_due_at <= :now)
                        order by id limit :limit for update skip locked""")
                .bind("now", now).bind("limit", limit)
                .map(R2dbcComplaints::read).all();
    }

    private static DatabaseClient.GenericExecuteSpec changing(DatabaseClient.GenericExecuteSpec spec,
                                                              ComplaintState c) {
        spec = spec.bind("id", c.id()).bind("status", c.status().name());
        spec = nullable(spec, "plan", c.initialPlan(), String.class);
        spec = nullable(spec, "plannedBy", c.plannedBy(), String.class);
        spec = nullable(spec, "plannedAt", c.plannedAt(), Instant.class);
        spec = nullable(spec, "executionDue", c.executionDueAt(), Instant.class);
        spec = nullable(spec, "resolvedBy", c.resolvedBy(), String.class);
        spec = nullable(spec, "resolvedAt", c.resolvedAt(), Instant.class);
        spec = nullable(spec, "callbackDue", c.callbackDueAt(), Instant.class);
        spec = nullable(spec, "calledBackAt", c.calledBackAt(), Instant.class);
        spec = nullable(spec, "rootCause", c.rootCause(), String.class);
        spec = nullable(spec, "actions", c.improvementActions(), String.class);
        spec = nullable(spec, "closedBy", c.closedBy(), String.class);
        spec = nullable(spec, "closedAt", c.closedAt(), Instant.class);
        spec = nullable(spec, "apologyBreached", c.apologyBreachedAt(), Instant.class);
        spec = nullable(spec, "executionBreached", c.executionBreachedAt(), Instant.class);
        spec = nullable(spec, "callbackBreached", c.callbackBreachedAt(), Instant.class);
        return nullable(spec, "escalatedAt", c.escalatedAt(), Instant.class);
    }

    private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
                                                              @Nullable Object value, Class<?> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private static ComplaintState read(Readable row) {
        return new ComplaintState(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                row.get("owner_id", String.class), row.get("team", String.class), row.get("complainant", String.class),
                ComplaintChannel.valueOf(row.get("channel", String.class)), row.get("content", String.class),
                row.get("related_order_id", UUID.class), ComplaintStatus.valueOf(row.get("status", String.class)),
                row.get("raised_by", String.class), RowValues.instant(row, "raised_at"),
                RowValues.instant(row, "apology_due_at"), RowValues.instant(row, "escalation_due_at"),
                row.get("initial_plan", String.class), row.get("planned_by", String.class),
                RowValues.instant(row, "planned_at"), RowValues.instant(row, "execution_due_at"),
                row.get("resolved_by", String.class), RowValues.instant(row, "resolved_at"),
                RowValues.instant(row, "callback_due_at"), RowValues.instant(row, "called_back_at"),
                row.get("root_cause", String.class), row.get("improvement_actions", String.class),
                row.get("closed_by", String.class), RowValues.instant(row, "closed_at"),
                RowValues.instant(row, "apology_breached_at"), RowValues.instant(row, "execution_breached_at"),
                RowValues.instant(row, "callback_breached_at"), RowValues.instant(row, "escalated_at"),
                row.get("version", Long.class));
    }
}
