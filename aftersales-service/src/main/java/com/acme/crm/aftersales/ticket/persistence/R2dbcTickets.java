package com.acme.crm.aftersales.ticket.persistence;

import com.acme.crm.aftersales.ticket.Priority;
import com.acme.crm.aftersales.ticket.TicketState;
import com.acme.crm.aftersales.ticket.TicketStatus;
import com.acme.crm.aftersales.ticket.TicketType;
import com.acme.crm.aftersales.ticket.Tickets;
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

/** ticket rows; each update checks and bumps the version. */
@Repository
class R2dbcTickets implements Tickets {

    private static final String COLUMNS = """
            id, customer_id, order_id, type, priority, description, owner_id, team, assignee_id, status, opened_by,
            opened_at, response_due_at, resolution_due_at, responded_at, responded_by, resolved_at, resolved_by,
            closed_at, response_breached_at, resolution_breached_at, escalated_at, version""";

    private final DatabaseClient db;

    R2dbcTickets(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(TicketState t) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("insert into ticket (" + COLUMNS + ") values (:id, :customer, "
                + ":order, :type, :priority, :description, :owner, :team, :assignee, :status, :openedBy, :openedAt, "
                + ":responseDue, :resolutionDue, :respondedAt, :respondedBy, :resolvedAt, :resolvedBy, :closedAt, "
                + ":responseBreached, :resolutionBreached, :escalatedAt, 0)")
                .bind("customer", t.customerId()).bind("type", t.type().name()).bind("priority", t.priority().name())
                .bind("description", t.description()).bind("owner", t.ownerId()).bind("team", t.team())
                .bind("openedBy", t.openedBy()).bind("openedAt", t.openedAt());
        spec = nullable(spec, "order", t.orderId(), UUID.class);
        spec = nullable(spec, "assignee", t.assigneeId(), String.class);
        return changing(spec, t).then();
    }

    @Override
    public Mono<Void> update(TicketState t) {
        return changing(db.sql("""
                        update ticket set status = :status, response_due_at = :responseDue,
                          resolution_due_at = :resolutionDue, responded_at = :respondedAt, responded_by = :respondedBy,
                          resolved_at = :resolvedAt, resolved_by = :resolvedBy, closed_at = :closedAt,
                          response_breached_at = :responseBreached, resolution_breached_at = :resolutionBreached,
                          escalated_at = :escalatedAt, version = version + 1
                        where id = :id and version = :version""").bind("version", t.version()), t)
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty()
                        : Mono.error(new ConflictException("Ticket " + t.id() + " was changed concurrently; retry")));
    }

    @Override
    public Mono<Void> updateAll(List<TicketState> tickets) {
        return Flux.fromIterable(tickets).concatMap(this::update).then();
    }

    @Override
    public Mono<TicketState> find(UUID id) {
        return db.sql("select " + COLUMNS + " from ticket where id = :id").bind("id", id).map(R2dbcTickets::read).one();
    }

    @Override
    public Flux<TicketState> latest(DataScope scope, boolean escalatedOnly, int limit) {
        String where = scope.all() ? "true" : scope.team() != null ? "team = :team" : "owner_id = :owner";
        DatabaseClient.GenericExecuteSpec spec = db.sql("select " + COLUMNS + " from ticket where " + where
                + (escalatedOnly ? " and escalated_at is not null and status <> 'CLOSED'" : "")
                + " order by opened_at desc, id limit :limit").bind("limit", limit);
        if (!scope.all()) {
            spec = scope.team() != null ? spec.bind("team", scope.team())
                    : spec.bind("owner", Objects.requireNonNull(scope.ownerId()));
        }
        return spec.map(R2dbcTickets::read).all();
    }

    @Override
    public Flux<TicketState> lockBreachCandidates(Instant now, int limit) {
        return db.sql("select " + COLUMNS + """
                         from ticket
                        where (status = 'OPEN' and response_breached_at is null and response_due_at <= :now)
                           or (status in ('OPEN', 'RESPONDED') and resolution_breached_at is null
                               and resolution_due_at <= :now)
                        order by id limit :limit for update skip locked""")
                .bind("now", now).bind("limit", limit)
                .map(R2dbcTickets::read).all();
    }

    private static DatabaseClient.GenericExecuteSpec changing(DatabaseClient.GenericExecuteSpec spec, TicketState t) {
        spec = spec.bind("id", t.id()).bind("status", t.status().name())
                .bind("responseDue", t.responseDueAt()).bind("resolutionDue", t.resolutionDueAt());
        spec = nullable(spec, "respondedAt", t.respondedAt(), Instant.class);
        spec = nullable(spec, "respondedBy", t.respondedBy(), String.class);
        spec = nullable(spec, "resolvedAt", t.resolvedAt(), Instant.class);
        spec = nullable(spec, "resolvedBy", t.resolvedBy(), String.class);
        spec = nullable(spec, "closedAt", t.closedAt(), Instant.class);
        spec = nullable(spec, "responseBreached", t.responseBreachedAt(), Instant.class);
        spec = nullable(spec, "resolutionBreached", t.resolutionBreachedAt(), Instant.class);
        return nullable(spec, "escalatedAt", t.escalatedAt(), Instant.class);
    }

    private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
                                                              @Nullable Object value, Class<?> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private static TicketState read(Readable row) {
        return new TicketState(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                row.get("order_id", UUID.class), TicketType.valueOf(row.get("type", String.class)),
                Priority.valueOf(row.get("priority", String.class)), row.get("description", String.class),
                row.get("owner_id", String.class), row.get("team", String.class), row.get("assignee_id", String.class),
                TicketStatus.valueOf(row.get("status", String.class)), row.get("opened_by", String.class),
                RowValues.instant(row, "opened_at"), RowValues.instant(row, "response_due_at"),
                RowValues.instant(row, "resolution_due_at"), RowValues.instant(row, "responded_at"),
                row.get("responded_by", String.class), RowValues.instant(row, "resolved_at"),
                row.get("resolved_by", String.class), RowValues.instant(row, "closed_at"),
                RowValues.instant(row, "response_breached_at"), RowValues.instant(row, "resolution_breached_at"),
                RowValues.instant(row, "escalated_at"), row.get("version", Long.class));
    }
}
