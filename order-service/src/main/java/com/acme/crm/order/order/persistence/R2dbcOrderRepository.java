package com.acme.crm.order.order.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.order.ChangeRequest;
import com.acme.crm.order.order.Milestone;
import com.acme.crm.order.order.MilestoneSplit;
import com.acme.crm.order.order.Order;
import com.acme.crm.order.order.OrderRepository;
import com.acme.crm.order.order.OrderState;
import com.acme.crm.order.order.Stage;

import io.r2dbc.spi.Readable;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/** Reads and writes orders with plain SQL; every list query is bounded and served by an index. */
@Repository
class R2dbcOrderRepository implements OrderRepository {

    private final DatabaseClient db;
    private final Clock clock;
    private final OrderRows rows;

    R2dbcOrderRepository(DatabaseClient db, Clock clock, JsonMapper json) {
        this.db = db;
        this.clock = clock;
        this.rows = new OrderRows(json);
    }

    @Override
    public Mono<Void> insert(Order order) {
        OrderState s = order.state();
        // The order and its milestones in one statement (a signature is on the hot path: O-3).
        return bindMilestones(db.sql("""
                        with opened as (
                          insert into customer_order (id, quote_id, customer_id, owner_id, team, amount, stage,
                            installation_included, delivery_date, penalty_rate, signed_by, signed_at,
                            delivery_reminder_due_at, penalty_amount, version, updated_at)
                          values (:id, :quote, :customer, :owner, :team, :amount, :stage, :installation, :deliveryDate,
                            :rate, :signedBy, :signedAt, :reminder, :penalty, 0, :now)
                          returning id)
                        insert into order_milestone (order_id, kind, share_percent, amount, due_at, paid, confirmed,
                          overdue_reported_at)
                        select opened.id, m.kind, m.share, m.amount, m.due, m.paid, m.confirmed, m.reported
                        from opened, unnest(:kinds, :shares, :amounts, :dues, :paids, :confirmeds, :reporteds)
                          as m(kind, share, amount, due, paid, confirmed, reported)"""), s)
                .bind("quote", s.quoteId()).bind("customer", s.customerId())
                .bind("owner", s.ownerId()).bind("team", s.team()).bind("amount", s.amount())
                .bind("stage", s.stage().name()).bind("installation", s.installationIncluded())
                .bind("deliveryDate", s.deliveryDate()).bind("rate", s.penaltyRate())
                .bind("signedBy", s.signedBy()).bind("signedAt", s.signedAt())
                .bind("reminder", s.deliveryReminderDueAt()).bind("penalty", s.penaltyAmount())
                .bind("now", clock.instant())
                .then();
    }

    @Override
    public Mono<Void> update(Order order) {
        OrderState s = order.state();
        return Sql.versionedUpdate(db.sql("""
                        update customer_order set stage = :stage, delivery_date = :deliveryDate, penalty_rate = :rate,
                          tracking_number = :tracking, production_scheduled_at = :scheduled, shipped_at = :shipped,
                          arrived_at = :arrived, installed_at = :installed, accepted_at = :accepted,
                          acceptance_deemed = :deemed, acceptance_due_at = :acceptanceDue, rejected_at = :rejected,
                          rejection_reasons = :reasons, delivery_reminder_due_at = :reminder,
                          delivery_reminder_sent_at = :reminderSent, days_late = :daysLate, penalty_amount = :penalty,
                          credit_check = :creditCheck, credit_approved_by = :creditBy, credit_approved_at = :creditAt,
                          closed_at = :closed, version = version + 1, updated_at = :now
                        where id = :id and version = :version""")
                        .bind("id", s.id()).bind("version", s.version())
                        .bind("stage", s.stage().name()).bind("deliveryDate", s.deliveryDate())
                        .bind("rate", s.penaltyRate())
                        .bind("tracking", Sql.orNull(s.trackingNumber()))
                        .bind("scheduled", Sql.orNull(s.productionScheduledAt(), Instant.class))
                        .bind("shipped", Sql.orNull(s.shippedAt(), Instant.class))
                        .bind("arrived", Sql.orNull(s.arrivedAt(), Instant.class))
                        .bind("installed", Sql.orNull(s.installedAt(), Instant.class))
                        .bind("accepted", Sql.orNull(s.acceptedAt(), Instant.class))
                        .bind("deemed", s.acceptanceDeemed())
                        .bind("acceptanceDue", Sql.orNull(s.acceptanceDueAt(), Instant.class))
                        .bind("rejected", Sql.orNull(s.rejectedAt(), Instant.class))
                        .bind("reasons", Sql.orNull(s.rejectionReasons()))
                        .bind("reminder", s.deliveryReminderDueAt())
                        .bind("reminderSent", Sql.orNull(s.deliveryReminderSentAt(), Instant.class))
                        .bind("daysLate", s.daysLate()).bind("penalty", s.penaltyAmount())
                        .bind("creditCheck", Sql.orNull(s.creditCheck()))
                        .bind("creditBy", Sql.orNull(s.creditApprovedBy()))
                        .bind("creditAt", Sql.orNull(s.creditApprovedAt(), Instant.class))
                        .bind("closed", Sql.orNull(s.closedAt(), Instant.class))
                        .bind("now", clock.instant()), "Order", s.id())
                .then(bindMilestones(db.sql("""
                        update order_milestone o set share_percent = m.share, amount = m.amount, due_at = m.due,
                          paid = m.paid, confirmed = m.confirmed, overdue_reported_at = m.reported
                        from unnest(:kinds, :shares, :amounts, :dues, :paids, :confirmeds, :reporteds)
                          as m(kind, share, amount, due, paid, confirmed, reported)
                        where o.order_id = :id and o.kind = m.kind"""), s).then());
    }

    @Override
    public Mono<Void> updateAll(List<Order> orders) {
        return Flux.fromIterable(orders).concatMap(this::update).then();
    }

    private DatabaseClient.GenericExecuteSpec bindMilestones(DatabaseClient.GenericExecuteSpec spec, OrderState s) {
        List<Milestone> m = s.milestones();
        return spec.bind("id", s.id())
                .bind("kinds", m.stream().map(x -> x.kind().name()).toArray(String[]::new))
                .bind("shares", m.stream().map(Milestone::sharePercent).toArray(BigDecimal[]::new))
                .bind("amounts", m.stream().map(Milestone::amount).toArray(BigDecimal[]::new))
                .bind("dues", m.stream().map(x -> time(x.dueAt())).toArray(OffsetDateTime[]::new))
                .bind("paids", m.stream().map(Milestone::paid).toArray(BigDecimal[]::new))
                .bind("confirmeds", m.stream().map(Milestone::confirmed).toArray(BigDecimal[]::new))
                .bind("reporteds", m.stream().map(x -> time(x.overdueReportedAt())).toArray(OffsetDateTime[]::new));
    }

    private static @Nullable OffsetDateTime time(@Nullable Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Mono<Order> lockById(UUID id) {
        return db.sql("select " + OrderRows.COLUMNS + " from customer_order o where o.id = :id for update of o")
                .bind("id", id).map(rows::toOrder).one();
    }

    @Override
    public Mono<Order> findById(UUID id) {
        return db.sql("select " + OrderRows.COLUMNS + " from customer_order o where o.id = :id")
                .bind("id", id).map(rows::toOrder).one();
    }

    @Override
    public Mono<PageResponse<Order>> search(DataScope scope, @Nullable Stage stage, PageRequest page) {
        Sql.Where where = new Sql.Where().within(scope, "o.team", "o.owner_id");
        if (stage != null) {
            where.and("o.stage = :stage", "stage", stage.name());
        }
        Mono<Long> total = where.bindTo(db.sql("select count(*) from customer_order o" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
        Mono<List<Order>> items = where.bindTo(db.sql("select " + OrderRows.COLUMNS + " from customer_order o"
                        + where.clause() + " order by o.signed_at desc, o.id limit :limit offset :offset")
                        .bind("limit", page.size()).bind("offset", page.offset()))
                .map(rows::toOrder).all().collectList();
        return Mono.zip(items, total).map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    @Override
    public Flux<Order> lockAcceptanceDue(Instant now, int limit) {
        return claim("o.acceptance_due_at < :now and o.accepted_at is null order by o.acceptance_due_at", now, limit);
    }

    @Override
    public Flux<Order> lockReminderDue(Instant now, int limit) {
        return claim("o.delivery_reminder_sent_at is null and o.delivery_reminder_due_at <= :now"
                + " and o.stage in ('SIGNED', 'PRODUCTION_SCHEDULED', 'SHIPPED') order by o.delivery_reminder_due_at",
                now, limit);
    }

    @Override
    public Flux<Order> lockOverdueCandidates(Instant now, int limit) {
        return claim("o.id in (select m.order_id from order_milestone m where m.paid < m.amount and m.due_at < :now"
                + " and m.overdue_reported_at is null) and o.closed_at is null order by o.id", now, limit);
    }

    private Flux<Order> claim(String condition, Instant now, int limit) {
        return db.sql("select " + OrderRows.COLUMNS + " from customer_order o where " + condition
                        + " limit :limit for update of o skip locked")
                .bind("now", now).bind("limit", limit).map(rows::toOrder).all();
    }

    @Override
    public Mono<Void> insertChangeRequest(ChangeRequest r) {
        MilestoneSplit split = r.milestones();
        return db.sql("""
                        insert into order_change_request (id, order_id, delivery_date, prepayment_percent,
                          arrival_percent, acceptance_percent, penalty_rate, reason, status, requested_by, requested_at)
                        values (:id, :order, :deliveryDate, :pre, :arr, :acc, :rate, :reason, :status, :by, :at)""")
                .bind("id", r.id()).bind("order", r.orderId())
                .bind("deliveryDate", Sql.orNull(r.deliveryDate(), LocalDate.class))
                .bind("pre", Sql.orNull(split == null ? null : split.prepayment(), BigDecimal.class))
                .bind("arr", Sql.orNull(split == null ? null : split.arrival(), BigDecimal.class))
                .bind("acc", Sql.orNull(split == null ? null : split.acceptance(), BigDecimal.class))
                .bind("rate", Sql.orNull(r.penaltyRate(), BigDecimal.class))
                .bind("reason", Sql.orNull(r.reason())).bind("status", r.status().name())
                .bind("by", r.requestedBy()).bind("at", r.requestedAt())
                .then();
    }

    @Override
    public Mono<Void> updateChangeRequest(ChangeRequest r) {
        return db.sql("""
                        update order_change_request set status = :status, decided_by = :by, decided_at = :at,
                          comment = :comment where id = :id""")
                .bind("id", r.id()).bind("status", r.status().name())
                .bind("by", Sql.orNull(r.decidedBy())).bind("at", Sql.orNull(r.decidedAt(), Instant.class))
                .bind("comment", Sql.orNull(r.comment()))
                .then();
    }

    @Override
    public Flux<ChangeRequest> changeRequests(UUID orderId) {
        return db.sql("select * from order_change_request where order_id = :order order by requested_at, id")
                .bind("order", orderId).map(R2dbcOrderRepository::changeRequest).all();
    }

    private static ChangeRequest changeRequest(Readable row) {
        BigDecimal pre = row.get("prepayment_percent", BigDecimal.class);
        MilestoneSplit split = pre == null ? null : new MilestoneSplit(pre,
                row.get("arrival_percent", BigDecimal.class), row.get("acceptance_percent", BigDecimal.class));
        return new ChangeRequest(row.get("id", UUID.class), row.get("order_id", UUID.class),
                row.get("delivery_date", LocalDate.class), split, row.get("penalty_rate", BigDecimal.class),
                row.get("reason", String.class),
                ChangeRequest.Status.valueOf(row.get("status", String.class)), row.get("requested_by", String.class),
                instant(row, "requested_at"), row.get("decided_by", String.class), instant(row, "decided_at"),
                row.get("comment", String.class));
    }

    @Override
    public Mono<Void> openTask(Order order, String kind, Instant dueAt, Instant now) {
        return db.sql("""
                        insert into order_task (id, order_id, owner_id, team, kind, due_at, created_at)
                        values (:id, :order, :owner, :team, :kind, :due, :now)""")
                .bind("id", UUID.randomUUID()).bind("order", order.id()).bind("owner", order.ownerId())
                .bind("team", order.team()).bind("kind", kind).bind("due", dueAt).bind("now", now)
                .then();
    }

    @Override
    public Flux<Task> tasks(UUID orderId) {
        return db.sql("select id, kind, due_at, done_at from order_task where order_id = :order order by due_at, id")
                .bind("order", orderId)
                .map(row -> new Task(row.get("id", UUID.class), row.get("kind", String.class),
                        instant(row, "due_at"), instant(row, "done_at")))
                .all();
    }
}
