package com.acme.crm.order.payment.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.order.Milestone;
import com.acme.crm.order.order.Payment;
import com.acme.crm.order.payment.Payments;
import com.acme.crm.order.payment.Receivable;
import com.acme.crm.order.payment.Receivables;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/** Payments, and receivables read from milestones joined with their orders; lists are bounded and indexed. */
@Repository
class R2dbcPayments implements Payments, Receivables {

    private static final String RECEIVABLE = """
            select o.id as order_id, o.customer_id, o.owner_id, o.team, o.credit_approved_by, m.kind, m.amount,
              m.paid, m.due_at, m.overdue_reported_at
            from order_milestone m join customer_order o on o.id = m.order_id""";

    private final DatabaseClient db;

    R2dbcPayments(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(Payment p) {
        return db.sql("""
                        insert into order_payment (id, order_id, milestone, amount, received_at, recorded_by, recorded_at)
                        values (:id, :order, :milestone, :amount, :received, :by, :at)""")
                .bind("id", p.id()).bind("order", p.orderId()).bind("milestone", p.milestone().name())
                .bind("amount", p.amount()).bind("received", p.receivedAt()).bind("by", p.recordedBy())
                .bind("at", p.recordedAt())
                .then();
    }

    @Override
    public Mono<Payment> lock(UUID orderId, UUID paymentId) {
        return db.sql("select * from order_payment where id = :id and order_id = :order for update")
                .bind("id", paymentId).bind("order", orderId).map(R2dbcPayments::payment).one();
    }

    @Override
    public Mono<Void> confirmed(Payment p) {
        return db.sql("update order_payment set confirmed_by = :by, confirmed_at = :at where id = :id")
                .bind("id", p.id()).bind("by", Sql.orNull(p.confirmedBy()))
                .bind("at", Sql.orNull(p.confirmedAt(), Instant.class))
                .then();
    }

    @Override
    public Flux<Payment> ofOrder(UUID orderId) {
        return db.sql("select * from order_payment where order_id = :order order by recorded_at, id")
                .bind("order", orderId).map(R2dbcPayments::payment).all();
    }

    private static Payment payment(Readable row) {
        return new Payment(row.get("id", UUID.class), row.get("order_id", UUID.class),
                Milestone.Kind.valueOf(row.get("milestone", String.class)), row.get("amount", BigDecimal.class),
                instant(row, "received_at"), row.get("recorded_by", String.class), instant(row, "recorded_at"),
                row.get("confirmed_by", String.class), instant(row, "confirmed_at"));
    }

    @Override
    public Mono<PageResponse<Receivable>> list(DataScope scope, boolean overdueOnly, Instant now, PageRequest page) {
        Sql.Where where = new Sql.Where().within(scope, "o.team", "o.owner_id")
                .and("m.paid < m.amount").and("m.due_at is not null");
        if (overdueOnly) {
            where.and("m.due_at < :now", "now", now);
        }
        return page(where, "m.due_at, o.id, m.kind", now, page);
    }

    @Override
    public Mono<PageResponse<Receivable>> collectionList(DataScope scope, Instant endOfDay, PageRequest page) {
        Sql.Where where = new Sql.Where().within(scope, "o.team", "o.owner_id")
                .and("m.paid < m.amount").and("m.due_at < :now", "now", endOfDay);
        return page(where, "o.owner_id, m.due_at, o.id, m.kind", endOfDay, page);
    }

    private Mono<PageResponse<Receivable>> page(Sql.Where where, String orderBy, Instant now, PageRequest page) {
        Mono<Long> total = where.bindTo(db.sql("select count(*) from order_milestone m join customer_order o"
                        + " on o.id = m.order_id" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
        Mono<List<Receivable>> items = where.bindTo(db.sql(RECEIVABLE + where.clause() + " order by " + orderBy
                        + " limit :limit offset :offset").bind("limit", page.size()).bind("offset", page.offset()))
                .map(row -> receivable(row, now)).all().collectList();
        return Mono.zip(items, total).map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    private static Receivable receivable(Readable row, Instant now) {
        BigDecimal amount = row.get("amount", BigDecimal.class);
        BigDecimal paid = row.get("paid", BigDecimal.class);
        Instant due = instant(row, "due_at");
        String owner = row.get("owner_id", String.class);
        return new Receivable(row.get("order_id", UUID.class), row.get("customer_id", UUID.class), owner,
                row.get("team", String.class), Milestone.Kind.valueOf(row.get("kind", String.class)), amount, paid,
                amount.subtract(paid), due, due != null && due.isBefore(now), instant(row, "overdue_reported_at"),
                row.get("credit_approved_by", String.class), owner);
    }
}
