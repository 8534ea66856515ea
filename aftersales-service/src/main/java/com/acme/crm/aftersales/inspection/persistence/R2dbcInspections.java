package com.acme.crm.aftersales.inspection.persistence;

import com.acme.crm.aftersales.inspection.InspectionState;
import com.acme.crm.aftersales.inspection.InspectionStatus;
import com.acme.crm.aftersales.inspection.Inspections;
import com.acme.crm.aftersales.survey.Quarter;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * inspection rows (unique per customer and quarter, so the round never issues one twice) and inspection_customer, the
 * customers with an accepted order. Overdue is read against the stored due time.
 */
@Repository
class R2dbcInspections implements Inspections {

    private static final String COLUMNS = "id, customer_id, owner_id, team, quarter, created_at, due_at, "
            + "completed_by, completed_at, findings, version";

    private final DatabaseClient db;

    R2dbcInspections(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> markCustomer(UUID customerId, String ownerId, String team, Instant at) {
        return db.sql("""
                        insert into inspection_customer (customer_id, owner_id, team, first_accepted_at, updated_at)
                        values (:customer, :owner, :team, :at, :at)
                        on conflict (customer_id) do update set owner_id = excluded.owner_id, team = excluded.team,
                          updated_at = excluded.updated_at""")
                .bind("customer", customerId).bind("owner", ownerId).bind("team", team).bind("at", at)
                .then();
    }

    @Override
    public Flux<Customer> lockCustomersWithoutInspection(Quarter quarter, int limit) {
        return db.sql("""
                        select c.customer_id, coalesce(o.owner_id, c.owner_id) as owner_id,
                          coalesce(o.team, c.team) as team
                        from inspection_customer c left join customer_ownership o on o.customer_id = c.customer_id
                        where not exists (select 1 from inspection i where i.customer_id = c.customer_id
                                          and i.quarter = :quarter)
                        order by c.customer_id limit :limit
                        for update of c skip locked""")
                .bind("quarter", quarter.toString()).bind("limit", limit)
                .map(row -> new Customer(row.get("customer_id", UUID.class), row.get("owner_id", String.class),
                        row.get("team", String.class)))
                .all();
    }

    @Override
    public Flux<InspectionState> insertAllIfNew(List<InspectionState> inspections) {
        if (inspections.isEmpty()) {
            return Flux.empty();
        }
        InspectionState first = inspections.get(0);
        Map<UUID, InspectionState> byId = inspections.stream()
                .collect(Collectors.toMap(InspectionState::id, Function.identity()));
        // One statement for the batch; the round's inspections share their quarter and times.
        return db.sql("""
                        insert into inspection (id, customer_id, owner_id, team, quarter, created_at, due_at, version)
                        select id, customer_id, owner_id, team, :quarter, :createdAt, :dueAt, 0
                        from unnest(:ids, :customers, :owners, :teams) as x(id, customer_id, owner_id, team)
                        on conflict do nothing
                        returning id""")
                .bind("quarter", first.quarter()).bind("createdAt", first.createdAt()).bind("dueAt", first.dueAt())
                .bind("ids", inspections.stream().map(InspectionState::id).toArray(UUID[]::new))
                .bind("customers", inspections.stream().map(InspectionState::customerId).toArray(UUID[]::new))
                .bind("owners", inspections.stream().map(InspectionState::ownerId).toArray(String[]::new))
                .bind("teams", inspections.stream().map(InspectionState::team).toArray(String[]::new))
                .map(row -> byId.get(row.get("id", UUID.class)))
                .all();
    }

    @Override
    public Mono<Void> update(InspectionState i) {
        InspectionState.@Nullable Completion c = i.completion();
        return Sql.versionedUpdate(db.sql("""
                        update inspection set completed_by = :by, completed_at = :at, findings = :findings,
                          version = version + 1
                        where id = :id and version = :version""")
                .bind("id", i.id()).bind("version", i.version())
                .bind("by", Sql.orNull(c == null ? null : c.by()))
                .bind("at", Sql.orNull(c == null ? null : c.at(), Instant.class))
                .bind("findings", Sql.orNull(c == null ? null : c.findings())), "Inspection", i.id());
    }

    @Override
    public Mono<InspectionState> find(UUID id) {
        return db.sql("select " + COLUMNS + " from inspection where id = :id").bind("id", id)
                .map(R2dbcInspections::read).one();
    }

    @Override
    public Flux<InspectionState> page(DataScope scope, @Nullable InspectionStatus status, Instant now,
                                      PageRequest page) {
        Sql.Where where = where(scope, status, now);
        return where.bindTo(db.sql("select " + COLUMNS + " from inspection" + where.clause()
                        + " order by due_at, id limit :limit offset :offset"))
                .bind("limit", page.size()).bind("offset", page.offset()).map(R2dbcInspections::read).all();
    }

    @Override
    public Mono<Long> count(DataScope scope, @Nullable InspectionStatus status, Instant now) {
        Sql.Where where = where(scope, status, now);
        return where.bindTo(db.sql("select count(*) from inspection" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
    }

    private static Sql.Where where(DataScope scope, @Nullable InspectionStatus status, Instant now) {
        Sql.Where where = new Sql.Where().within(scope);
        if (status == null) {
            return where;
        }
        return switch (status) {
            case DONE -> where.and("completed_at is not null");
            case DUE -> where.and("completed_at is null and due_at >= :now", "now", now);
            case OVERDUE -> where.and("completed_at is null and due_at < :now", "now", now);
        };
    }

    private static InspectionState read(Readable row) {
        Instant completedAt = RowValues.instant(row, "completed_at");
        return new InspectionState(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                row.get("owner_id", String.class), row.get("team", String.class), row.get("quarter", String.class),
                Objects.requireNonNull(RowValues.instant(row, "created_at")),
                Objects.requireNonNull(RowValues.instant(row, "due_at")),
                completedAt == null ? null : new InspectionState.Completion(
                        Objects.requireNonNull(row.get("completed_by", String.class)), completedAt,
                        Objects.requireNonNull(row.get("findings", String.class))),
                Objects.requireNonNull(row.get("version", Long.class)));
    }
}
