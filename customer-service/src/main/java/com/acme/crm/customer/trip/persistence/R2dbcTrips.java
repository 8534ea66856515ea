package com.acme.crm.customer.trip.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.trip.Trip;
import com.acme.crm.customer.trip.TripQuery;
import com.acme.crm.customer.trip.TripState;
import com.acme.crm.customer.trip.Trips;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/** Business trips, customer and visit ids in arrays on the trip row; a page of trips is one query plus its count. */
@Repository
class R2dbcTrips implements Trips {

    private final DatabaseClient db;

    R2dbcTrips(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(TripState t) {
        return db.sql("""
                        insert into business_trip (id, rep_id, team, destination, start_date, end_date, purpose,
                          customer_ids, status, requested_at)
                        values (:id, :rep, :team, :destination, :start, :end, :purpose, :customers, :status, :requested)""")
                .bind("id", t.id()).bind("rep", t.repId()).bind("team", t.team()).bind("destination", t.destination())
                .bind("start", t.startDate()).bind("end", t.endDate()).bind("purpose", t.purpose())
                .bind("customers", t.customerIds().toArray(UUID[]::new)).bind("status", t.status().name())
                .bind("requested", t.requestedAt())
                .then();
    }

    @Override
    public Mono<Void> update(TripState t) {
        return Sql.versionedUpdate(db.sql("""
                        update business_trip set status = :status, decided_by = :decidedBy, decided_at = :decidedAt,
                          decision_comment = :comment, outcome = :outcome, visit_ids = :visits,
                          reported_at = :reportedAt, version = version + 1
                        where id = :id and version = :version""")
                .bind("status", t.status().name()).bind("decidedBy", Sql.orNull(t.decidedBy()))
                .bind("decidedAt", Sql.orNull(t.decidedAt(), Instant.class))
                .bind("comment", Sql.orNull(t.decisionComment())).bind("outcome", Sql.orNull(t.outcome()))
                .bind("visits", t.visitIds().toArray(UUID[]::new))
                .bind("reportedAt", Sql.orNull(t.reportedAt(), Instant.class))
                .bind("id", t.id()).bind("version", t.version()), "Business trip", t.id());
    }

    @Override
    public Mono<Trip> findById(UUID id) {
        return db.sql("select * from business_trip where id = :id").bind("id", id).map(R2dbcTrips::state).one()
                .map(Trip::restore);
    }

    @Override
    public Mono<Trip> lockById(UUID id) {
        return db.sql("select * from business_trip where id = :id for update").bind("id", id).map(R2dbcTrips::state)
                .one().map(Trip::restore);
    }

    @Override
    public Mono<PageResponse<TripState>> search(TripQuery query, DataScope scope, PageRequest page) {
        Sql.Where where = new Sql.Where().within(scope, "t.team", "t.rep_id");
        if (query.repId() != null) {
            where.and("t.rep_id = :rep", "rep", query.repId());
        }
        if (query.team() != null) {
            where.and("t.team = :team", "team", query.team());
        }
        if (query.status() != null) {
            where.and("t.status = :status", "status", query.status().name());
        }
        Mono<Long> total = where.bindTo(db.sql("select count(*) from business_trip t" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
        Mono<List<TripState>> items = where.bindTo(db.sql("select t.* from business_trip t" + where.clause()
                        + " order by t.start_date desc, t.rep_id, t.id limit :limit offset :offset")
                        .bind("limit", page.size()).bind("offset", page.offset()))
                .map(R2dbcTrips::state).all().collectList();
        return Mono.zip(items, total).map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    @Override
    public Flux<LoggedVisit> visits(Collection<UUID> ids) {
        return db.sql("select id, customer_id, filed_by, visited_at from visit where id = any(:ids)")
                .bind("ids", ids.toArray(UUID[]::new))
                .map(row -> new LoggedVisit(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                        row.get("filed_by", String.class), instant(row, "visited_at")))
                .all();
    }

    private static TripState state(Readable row) {
        return new TripState(row.get("id", UUID.class), row.get("rep_id", String.class), row.get("team", String.class),
                row.get("destination", String.class), row.get("start_date", LocalDate.class),
                row.get("end_date", LocalDate.class), row.get("purpose", String.class), uuids(row, "customer_ids"),
                Trip.Status.valueOf(row.get("status", String.class)), instant(row, "requested_at"),
                row.get("decided_by", String.class), instant(row, "decided_at"),
                row.get("decision_comment", String.class), row.get("outcome", String.class), uuids(row, "visit_ids"),
                instant(row, "reported_at"), row.get("version", Long.class));
    }

    private static List<UUID> uuids(Readable row, String column) {
        UUID[] values = row.get(column, UUID[].class);
        return values == null ? List.of() : Arrays.asList(values);
    }
}
