package com.acme.crm.customer.followup.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.customer.followup.Task;
import com.acme.crm.customer.followup.TaskKind;
import com.acme.crm.customer.followup.Tasks;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/** Follow-up tasks; scans read partial indexes of open tasks only. */
@Repository
class R2dbcTasks implements Tasks {

    private static final String NOT_PAUSED =
            "not exists (select 1 from customer c where c.id = t.customer_id and c.paused_until > :now)";

    private static final String TASK_COLUMNS =
            "id, customer_id, owner_id, team, kind, due_at, escalate_at, escalated_at, created_at, done_at, note";

    private final DatabaseClient db;

    R2dbcTasks(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> openAll(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        insert into customer_task (id, customer_id, owner_id, team, kind, due_at, escalate_at, created_at, note)
                        select t.id, t.customer, t.owner, t.team, t.kind, t.due::timestamptz, t.escalate::timestamptz,
                          t.created::timestamptz, t.note
                        from unnest(:ids, :customers, :owners, :teams, :kinds, :dues, :escalates, :createds, :notes)
                          as t(id, customer, owner, team, kind, due, escalate, created, note)""")
                .bind("ids", tasks.stream().map(Task::id).toArray(UUID[]::new))
                .bind("customers", tasks.stream().map(Task::customerId).toArray(UUID[]::new))
                .bind("owners", tasks.stream().map(Task::ownerId).toArray(String[]::new))
                .bind("teams", tasks.stream().map(Task::team).toArray(String[]::new))
                .bind("kinds", tasks.stream().map(t -> t.kind().name()).toArray(String[]::new))
                .bind("dues", tasks.stream().map(t -> t.dueAt().toString()).toArray(String[]::new))
                .bind("escalates", tasks.stream().map(t -> t.escalateAt() == null ? null : t.escalateAt().toString())
                        .toArray(String[]::new))
                .bind("createds", tasks.stream().map(t -> t.createdAt().toString()).toArray(String[]::new))
                .bind("notes", tasks.stream().map(Task::note).toArray(String[]::new))
                .then();
    }

    @Override
    public Mono<Void> close(UUID customerId, Collection<TaskKind> kinds, Instant at) {
        return db.sql("update customer_task set done_at = :at where customer_id = :id and done_at is null"
                        + " and kind = any(:kinds)")
                .bind("at", at).bind("id", customerId)
                .bind("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .then();
    }

    @Override
    public Mono<Void> closeDueWithin(UUID customerId, TaskKind kind, Instant from, Instant until, Instant at) {
        return db.sql("update customer_task set done_at = :at where customer_id = :id and done_at is null"
                        + " and kind = :kind and due_at >= :from and due_at < :until")
                .bind("at", at).bind("id", customerId).bind("kind", kind.name()).bind("from", from)
                .bind("until", until)
                .then();
    }

    @Override
    public Mono<Boolean> hasOpen(UUID customerId, TaskKind kind) {
        return db.sql("select exists (select 1 from customer_task where customer_id = :id and kind = :kind"
                        + " and done_at is null)")
                .bind("id", customerId).bind("kind", kind.name())
                .map(row -> row.get(0, Boolean.class)).one();
    }

    @Override
    public Flux<Task> openOf(UUID customerId) {
        return db.sql("select " + TASK_COLUMNS + " from customer_task where customer_id = :id and done_at is null"
                        + " order by due_at limit 200")
                .bind("id", customerId).map(R2dbcTasks::task).all();
    }

    @Override
    public Flux<Task> due(DataScope scope, Instant now, int limit) {
        Sql.Where where = new Sql.Where().and("t.done_at is null").and("t.due_at <= :now", "now", now).and(NOT_PAUSED)
                .within(scope, "t.team", "t.owner_id");
        return where.bindTo(db.sql("select " + TASK_COLUMNS + " from customer_task t" + where.clause()
                        + " order by t.due_at limit :limit")
                        .bind("limit", limit))
                .map(R2dbcTasks::task).all();
    }

    @Override
    public Flux<Task> lockEscalations(Instant now, int limit) {
        return db.sql("select " + TASK_COLUMNS + " from customer_task t where done_at is null and escalated_at is null"
                        + " and escalate_at < :now and " + NOT_PAUSED
                        + " order by escalate_at limit :limit for update skip locked")
                .bind("now", now).bind("limit", limit)
                .map(R2dbcTasks::task).all();
    }

    @Override
    public Mono<Void> markEscalated(Collection<UUID> taskIds, Instant at) {
        return db.sql("update customer_task set escalated_at = :at where id = any(:ids)").bind("at", at)
                .bind("ids", taskIds.toArray(UUID[]::new))
                .then();
    }

    @Override
    public Mono<Long> moveOpen(Collection<UUID> customerIds, String toOwner) {
        if (customerIds.isEmpty()) {
            return Mono.just(0L);
        }
        return db.sql("update customer_task set owner_id = :to where customer_id = any(:ids) and done_at is null")
                .bind("to", toOwner).bind("ids", customerIds.toArray(UUID[]::new))
                .fetch().rowsUpdated();
    }

    private static Task task(Readable row) {
        return new Task(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                row.get("owner_id", String.class), row.get("team", String.class),
                TaskKind.valueOf(row.get("kind", String.class)), instant(row, "due_at"), instant(row, "escalate_at"),
                instant(row, "escalated_at"), instant(row, "created_at"), instant(row, "done_at"),
                row.get("note", String.class));
    }
}
