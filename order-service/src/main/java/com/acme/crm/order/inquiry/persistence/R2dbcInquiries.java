package com.acme.crm.order.inquiry.persistence;

import com.acme.crm.chassis.persistence.RowValues;
import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.order.inquiry.Inquiries;
import com.acme.crm.order.inquiry.Inquiry;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Objects;
import java.util.UUID;

/** inquiry rows. */
@Repository
class R2dbcInquiries implements Inquiries {

    private final DatabaseClient db;

    R2dbcInquiries(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(Inquiry i) {
        return db.sql("""
                        insert into inquiry (id, customer_id, owner_id, team, subject, notes, taken_by, taken_at)
                        values (:id, :customer, :owner, :team, :subject, :notes, :takenBy, :takenAt)""")
                .bind("id", i.id()).bind("customer", i.customerId()).bind("owner", i.ownerId()).bind("team", i.team())
                .bind("subject", i.subject()).bind("notes", Sql.orNull(i.notes())).bind("takenBy", i.takenBy())
                .bind("takenAt", i.takenAt())
                .then();
    }

    @Override
    public Flux<Inquiry> latest(DataScope scope, int limit) {
        Sql.Where where = new Sql.Where().within(scope);
        return where.bindTo(db.sql("select id, customer_id, owner_id, team, subject, notes, taken_by, taken_at "
                        + "from inquiry" + where.clause() + " order by taken_at desc, id limit :limit"))
                .bind("limit", limit)
                .map(row -> new Inquiry(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                        row.get("owner_id", String.class), row.get("team", String.class),
                        row.get("subject", String.class), row.get("notes", String.class),
                        row.get("taken_by", String.class), Objects.requireNonNull(RowValues.instant(row, "taken_at"))))
                .all();
    }
}
