package com.acme.crm.order.requirement.persistence;

import com.acme.crm.chassis.persistence.RowValues;
import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.order.requirement.DeliveryMeaning;
import com.acme.crm.order.requirement.RequirementLine;
import com.acme.crm.order.requirement.RequirementState;
import com.acme.crm.order.requirement.RequirementStatus;
import com.acme.crm.order.requirement.Requirements;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** requirement rows; the lines are one JSON array, read and written whole. */
@Repository
class R2dbcRequirements implements Requirements {

    private static final TypeReference<List<RequirementLine>> LINES = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, customer_id, owner_id, team, status, lines::text as lines, delivery_by, "
            + "delivery_meaning, delivery_place, acceptance_criteria, training_needs, after_sales_response_hours, "
            + "created_by, created_at, confirmed_by, confirmed_at, version";

    private final DatabaseClient db;
    private final JsonMapper json;

    R2dbcRequirements(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public Mono<Void> insert(RequirementState r) {
        return bindAll(db.sql("""
                insert into requirement (id, customer_id, owner_id, team, status, lines, delivery_by, delivery_meaning,
                  delivery_place, acceptance_criteria, training_needs, after_sales_response_hours, created_by,
                  created_at, confirmed_by, confirmed_at, version)
                values (:id, :customer, :owner, :team, :status, cast(:lines as jsonb), :deliveryBy, :meaning, :place,
                  :acceptance, :training, :response, :createdBy, :createdAt, :confirmedBy, :confirmedAt, 0)"""), r)
                .then();
    }

    @Override
    public Mono<Void> update(RequirementState r) {
        // What a requirement's methods change after the draft: its status and confirmation.
        return Sql.versionedUpdate(db.sql("""
                        update requirement set status = :status, confirmed_by = :confirmedBy,
                          confirmed_at = :confirmedAt, version = version + 1
                        where id = :id and version = :version""")
                .bind("id", r.id()).bind("status", r.status().name())
                .bind("confirmedBy", Sql.orNull(r.confirmedBy()))
                .bind("confirmedAt", Sql.orNull(r.confirmedAt(), Instant.class))
                .bind("version", r.version()), "Requirement", r.id());
    }

    @Override
    public Mono<RequirementState> find(UUID id) {
        return db.sql("select " + COLUMNS + " from requirement where id = :id").bind("id", id).map(this::read).one();
    }

    @Override
    public Flux<RequirementState> page(DataScope scope, PageRequest page) {
        Sql.Where where = new Sql.Where().within(scope);
        return where.bindTo(db.sql("select " + COLUMNS + " from requirement" + where.clause()
                        + " order by created_at desc, id limit :limit offset :offset"))
                .bind("limit", page.size()).bind("offset", page.offset()).map(this::read).all();
    }

    @Override
    public Mono<Long> count(DataScope scope) {
        Sql.Where where = new Sql.Where().within(scope);
        return where.bindTo(db.sql("select count(*) from requirement" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
    }

    @Override
    public Mono<Void> reassign(UUID customerId, String ownerId, String team) {
        return db.sql("update requirement set owner_id = :owner, team = :team, version = version + 1 "
                        + "where customer_id = :customer")
                .bind("owner", ownerId).bind("team", team).bind("customer", customerId).then();
    }

    private DatabaseClient.GenericExecuteSpec bindAll(DatabaseClient.GenericExecuteSpec spec, RequirementState r) {
        return spec.bind("id", r.id()).bind("customer", r.customerId()).bind("owner", r.ownerId())
                .bind("team", r.team()).bind("status", r.status().name())
                .bind("lines", json.writeValueAsString(r.lines()))
                .bind("deliveryBy", Sql.orNull(r.deliveryBy(), Instant.class))
                .bind("meaning", Sql.orNull(r.deliveryMeaning() == null ? null : r.deliveryMeaning().name()))
                .bind("place", Sql.orNull(r.deliveryPlace()))
                .bind("acceptance", Sql.orNull(r.acceptanceCriteria()))
                .bind("training", Sql.orNull(r.trainingNeeds()))
                .bind("response", Sql.orNull(r.afterSalesResponseHours(), Integer.class))
                .bind("createdBy", r.createdBy()).bind("createdAt", r.createdAt())
                .bind("confirmedBy", Sql.orNull(r.confirmedBy()))
                .bind("confirmedAt", Sql.orNull(r.confirmedAt(), Instant.class));
    }

    private RequirementState read(Readable row) {
        return new RequirementState(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                row.get("owner_id", String.class), row.get("team", String.class),
                Objects.requireNonNull(RowValues.enumOf(row, "status", RequirementStatus.class)),
                json.readValue(row.get("lines", String.class), LINES), RowValues.instant(row, "delivery_by"),
                RowValues.enumOf(row, "delivery_meaning", DeliveryMeaning.class), row.get("delivery_place", String.class),
                row.get("acceptance_criteria", String.class), row.get("training_needs", String.class),
                row.get("after_sales_response_hours", Integer.class), row.get("created_by", String.class),
                Objects.requireNonNull(RowValues.instant(row, "created_at")), row.get("confirmed_by", String.class),
                RowValues.instant(row, "confirmed_at"), row.get("version", Long.class));
    }
}
