package com.acme.crm.customer.visitplan.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.visitplan.PlannedVisit;
import com.acme.crm.customer.visitplan.WeeklyVisitPlan;
import com.acme.crm.customer.visitplan.WeeklyVisitPlanQuery;
import com.acme.crm.customer.visitplan.WeeklyVisitPlanState;
import com.acme.crm.customer.visitplan.WeeklyVisitPlans;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/**
 * Weekly visit plans: the plan row, and its visits written with one {@code unnest} insert and read with one query
 * per plan or page, so neither a 200-visit plan nor a page of plans costs a round trip per visit.
 */
@Repository
class R2dbcWeeklyVisitPlans implements WeeklyVisitPlans {

    private static final String SELECT = "select p.* from weekly_visit_plan p";

    private final DatabaseClient db;

    R2dbcWeeklyVisitPlans(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(WeeklyVisitPlanState p) {
        return db.sql("""
                        insert into weekly_visit_plan (id, rep_id, team, week_start, status, revision, late,
                          first_submitted_at, submitted_at)
                        values (:id, :rep, :team, :week, :status, :revision, :late, :first, :submitted)""")
                .bind("id", p.id()).bind("rep", p.repId()).bind("team", p.team()).bind("week", p.weekStart())
                .bind("status", p.status().name()).bind("revision", p.revision()).bind("late", p.late())
                .bind("first", p.firstSubmittedAt()).bind("submitted", p.submittedAt())
                .then()
                .then(insertVisits(p.id(), p.visits()));
    }

    @Override
    public Mono<Void> update(WeeklyVisitPlanState p) {
        Mono<Void> plan = Sql.versionedUpdate(db.sql("""
                        update weekly_visit_plan set status = :status, revision = :revision,
                          submitted_at = :submitted, confirmed_by = :confirmedBy, confirmed_at = :confirmedAt,
                          version = version + 1
                        where id = :id and version = :version""")
                .bind("status", p.status().name()).bind("revision", p.revision()).bind("submitted", p.submittedAt())
                .bind("confirmedBy", Sql.orNull(p.confirmedBy()))
                .bind("confirmedAt", Sql.orNull(p.confirmedAt(), Instant.class))
                .bind("id", p.id()).bind("version", p.version()), "Weekly visit plan", p.id());
        return plan.then(db.sql("delete from weekly_planned_visit where plan_id = :id").bind("id", p.id()).then())
                .then(insertVisits(p.id(), p.visits()));
    }

    private Mono<Void> insertVisits(UUID planId, List<PlannedVisit> visits) {
        if (visits.isEmpty()) {
            return Mono.empty();
        }
        Integer[] positions = new Integer[visits.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        return db.sql("""
                        insert into weekly_planned_visit (plan_id, position, customer_id, visit_day, purpose,
                          expected_sales, route_order, task_id)
                        select :plan, v.position, v.customer, v.day::date, v.purpose, v.sales::numeric, v.route,
                          v.task::uuid
                        from unnest(:positions, :customers, :days, :purposes, :sales, :routes, :tasks)
                          as v(position, customer, day, purpose, sales, route, task)""")
                .bind("plan", planId).bind("positions", positions)
                .bind("customers", visits.stream().map(PlannedVisit::customerId).toArray(UUID[]::new))
                .bind("days", visits.stream().map(v -> v.day().toString()).toArray(String[]::new))
                .bind("purposes", visits.stream().map(PlannedVisit::purpose).toArray(String[]::new))
                .bind("sales", visits.stream().map(v -> v.expectedSales().toPlainString()).toArray(String[]::new))
                .bind("routes", visits.stream().map(PlannedVisit::routeOrder).toArray(Integer[]::new))
                .bind("tasks", visits.stream().map(v -> v.taskId() == null ? null : v.taskId().toString())
                        .toArray(String[]::new))
                .then();
    }

    @Override
    public Mono<WeeklyVisitPlan> findById(UUID id) {
        return one(db.sql(SELECT + " where p.id = :id").bind("id", id));
    }

    @Override
    public Mono<WeeklyVisitPlan> lockById(UUID id) {
        return one(db.sql(SELECT + " where p.id = :id for update").bind("id", id));
    }

    @Override
    public Mono<WeeklyVisitPlan> lockByRepAndWeek(String repId, LocalDate weekStart) {
        return one(db.sql(SELECT + " where p.rep_id = :rep and p.week_start = :week for update")
                .bind("rep", repId).bind("week", weekStart));
    }

    @Override
    public Mono<PageResponse<WeeklyVisitPlanState>> search(WeeklyVisitPlanQuery query, DataScope scope,
                                                           PageRequest page) {
        Sql.Where where = new Sql.Where().within(scope, "p.team", "p.rep_id");
        if (query.weekStart() != null) {
            where.and("p.week_start = :week", "week", query.weekStart());
        }
        if (query.repId() != null) {
            where.and("p.rep_id = :rep", "rep", query.repId());
        }
        if (query.team() != null) {
            where.and("p.team = :team", "team", query.team());
        }
        if (query.status() != null) {
            where.and("p.status = :status", "status", query.status().name());
        }
        Mono<Long> total = where.bindTo(db.sql("select count(*) from weekly_visit_plan p" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
        Mono<List<WeeklyVisitPlanState>> items = where.bindTo(db.sql(SELECT + where.clause()
                        + " order by p.week_start desc, p.rep_id, p.id limit :limit offset :offset")
                        .bind("limit", page.size()).bind("offset", page.offset()))
                .map(R2dbcWeeklyVisitPlans::header).all().collectList()
                .flatMap(this::withVisits);
        return Mono.zip(items, total).map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    private Mono<WeeklyVisitPlan> one(DatabaseClient.GenericExecuteSpec select) {
        return select.map(R2dbcWeeklyVisitPlans::header).all().collectList()
                .flatMap(this::withVisits)
                .flatMap(found -> found.isEmpty() ? Mono.empty() : Mono.just(WeeklyVisitPlan.restore(found.get(0))));
    }

    /** The plans with their visits, read in one query after the plans were drained. */
    private Mono<List<WeeklyVisitPlanState>> withVisits(List<WeeklyVisitPlanState> headers) {
        if (headers.isEmpty()) {
            return Mono.just(List.of());
        }
        return db.sql("""
                        select plan_id, customer_id, visit_day, purpose, expected_sales, route_order, task_id
                        from weekly_planned_visit where plan_id = any(:ids) order by plan_id, position""")
                .bind("ids", headers.stream().map(WeeklyVisitPlanState::id).toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("plan_id", UUID.class), new PlannedVisit(
                        row.get("customer_id", UUID.class), row.get("visit_day", LocalDate.class),
                        row.get("purpose", String.class), row.get("expected_sales", BigDecimal.class),
                        row.get("route_order", Integer.class), row.get("task_id", UUID.class))))
                .all().collectList()
                .map(rows -> {
                    Map<UUID, List<PlannedVisit>> byPlan = new LinkedHashMap<>();
                    rows.forEach(e -> byPlan.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
                    return headers.stream().map(h -> withVisits(h, byPlan.getOrDefault(h.id(), List.of()))).toList();
                });
    }

    private static WeeklyVisitPlanState withVisits(WeeklyVisitPlanState h, Collection<PlannedVisit> visits) {
        return new WeeklyVisitPlanState(h.id(), h.repId(), h.team(), h.weekStart(), h.status(), h.revision(),
                List.copyOf(visits), h.late(), h.firstSubmittedAt(), h.submittedAt(), h.confirmedBy(),
                h.confirmedAt(), h.version());
    }

    private static WeeklyVisitPlanState header(Readable row) {
        return new WeeklyVisitPlanState(row.get("id", UUID.class), row.get("rep_id", String.class),
                row.get("team", String.class), row.get("week_start", LocalDate.class),
                WeeklyVisitPlan.Status.valueOf(row.get("status", String.class)), row.get("revision", Integer.class),
                List.of(), Boolean.TRUE.equals(row.get("late", Boolean.class)), instant(row, "first_submitted_at"),
                instant(row, "submitted_at"), row.get("confirmed_by", String.class), instant(row, "confirmed_at"),
                row.get("version", Long.class));
    }
}
