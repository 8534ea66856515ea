package com.acme.crm.aftersales.feedback.persistence;

import com.acme.crm.aftersales.feedback.FeedbackBook;
import com.acme.crm.aftersales.feedback.FeedbackClass;
import com.acme.crm.aftersales.feedback.FeedbackQueue;
import com.acme.crm.aftersales.feedback.FeedbackState;
import com.acme.crm.chassis.persistence.RowValues;
import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;

import io.r2dbc.spi.Readable;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** feedback rows, one per piece of feedback; the shipment and its closed-loop task are nullable columns. */
@Repository
class R2dbcFeedbackBook implements FeedbackBook {

    private static final String COLUMNS = "id, customer_id, owner_id, team, classification, queue, summary, "
            + "received_by, received_at, improvement, shipped_by, shipped_at, task_id, task_assignee, task_due_at, "
            + "version";

    private final DatabaseClient db;

    R2dbcFeedbackBook(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(FeedbackState f) {
        return db.sql("""
                        insert into feedback (id, customer_id, owner_id, team, classification, queue, summary,
                          received_by, received_at, version)
                        values (:id, :customer, :owner, :team, :classification, :queue, :summary, :by, :at, 0)""")
                .bind("id", f.id()).bind("customer", f.customerId()).bind("owner", f.ownerId())
                .bind("team", f.team()).bind("classification", f.classification().name())
                .bind("queue", f.queue().name()).bind("summary", f.summary()).bind("by", f.receivedBy())
                .bind("at", f.receivedAt())
                .then();
    }

    @Override
    public Mono<Void> update(FeedbackState f) {
        FeedbackState.@Nullable Shipment s = f.shipment();
        return Sql.versionedUpdate(db.sql("""
                        update feedback set improvement = :improvement, shipped_by = :shippedBy,
                          shipped_at = :shippedAt, task_id = :taskId, task_assignee = :assignee,
                          task_due_at = :taskDueAt, version = version + 1
                        where id = :id and version = :version""")
                .bind("id", f.id()).bind("version", f.version())
                .bind("improvement", Sql.orNull(s == null ? null : s.improvement()))
                .bind("shippedBy", Sql.orNull(s == null ? null : s.shippedBy()))
                .bind("shippedAt", Sql.orNull(s == null ? null : s.shippedAt(), Instant.class))
                .bind("taskId", Sql.orNull(s == null ? null : s.taskId(), UUID.class))
                .bind("assignee", Sql.orNull(s == null ? null : s.taskAssignee()))
                .bind("taskDueAt", Sql.orNull(s == null ? null : s.taskDueAt(), Instant.class)), "Feedback", f.id());
    }

    @Override
    public Mono<FeedbackState> find(UUID id) {
        return db.sql("select " + COLUMNS + " from feedback where id = :id").bind("id", id).map(this::read).one();
    }

    @Override
    public Flux<FeedbackState> page(DataScope scope, @Nullable FeedbackQueue queue, PageRequest page) {
        Sql.Where where = where(scope, queue);
        return where.bindTo(db.sql("select " + COLUMNS + " from feedback" + where.clause()
                        + " order by received_at desc, id limit :limit offset :offset"))
                .bind("limit", page.size()).bind("offset", page.offset()).map(this::read).all();
    }

    @Override
    public Mono<Long> count(DataScope scope, @Nullable FeedbackQueue queue) {
        Sql.Where where = where(scope, queue);
        return where.bindTo(db.sql("select count(*) from feedback" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
    }

    @Override
    public Flux<FeedbackState> tasksOf(String assignee, PageRequest page) {
        return db.sql("select " + COLUMNS + " from feedback where task_assignee = :assignee"
                        + " order by task_due_at, id limit :limit offset :offset")
                .bind("assignee", assignee).bind("limit", page.size()).bind("offset", page.offset())
                .map(this::read).all();
    }

    @Override
    public Mono<Long> countTasksOf(String assignee) {
        return db.sql("select count(*) from feedback where task_assignee = :assignee").bind("assignee", assignee)
                .map(row -> row.get(0, Long.class)).one();
    }

    private static Sql.Where where(DataScope scope, @Nullable FeedbackQueue queue) {
        Sql.Where where = new Sql.Where().within(scope);
        return queue == null ? where : where.and("queue = :queue", "queue", queue.name());
    }

    private FeedbackState read(Readable row) {
        UUID taskId = row.get("task_id", UUID.class);
        FeedbackState.Shipment shipment = taskId == null ? null : new FeedbackState.Shipment(
                Objects.requireNonNull(row.get("improvement", String.class)),
                Objects.requireNonNull(row.get("shipped_by", String.class)),
                Objects.requireNonNull(RowValues.instant(row, "shipped_at")), taskId,
                Objects.requireNonNull(row.get("task_assignee", String.class)),
                Objects.requireNonNull(RowValues.instant(row, "task_due_at")));
        return new FeedbackState(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                row.get("owner_id", String.class), row.get("team", String.class),
                Objects.requireNonNull(RowValues.enumOf(row, "classification", FeedbackClass.class)),
                Objects.requireNonNull(RowValues.enumOf(row, "queue", FeedbackQueue.class)),
                row.get("summary", String.class), row.get("received_by", String.class),
                Objects.requireNonNull(RowValues.instant(row, "received_at")), shipment,
                Objects.requireNonNull(row.get("version", Long.class)));
    }
}
