package com.acme.crm.customer.visit.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.customer.visit.Gift;
import com.acme.crm.customer.visit.Visit;
import com.acme.crm.customer.visit.VisitPlan;
import com.acme.crm.customer.visit.Visits;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/** The visit log, its gifts and visit plans. Recent visits and their gifts are two queries, not one per visit. */
@Repository
class R2dbcVisits implements Visits {

    private final DatabaseClient db;

    R2dbcVisits(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(Visit v) {
        Mono<Void> visit = db.sql("""
                        insert into visit (id, customer_id, owner_id, team, contact_person, contact_title, visited_at,
                          duration_minutes, method, situation, problem, implication, need_payoff, objections, commitments,
                          next_step_who, next_step_when, next_step_what, help_needed, progress, clear_answer, late,
                          filed_at, filed_by, visit_plan_id)
                        values (:id, :customer, :owner, :team, :person, :title, :visitedAt, :duration, :method, :situation,
                          :problem, :implication, :needPayoff, :objections, :commitments, :who, :when, :what, :help,
                          :progress, :clearAnswer, :late, :filedAt, :filedBy, :plan)""")
                .bind("id", v.id()).bind("customer", v.customerId()).bind("owner", v.ownerId()).bind("team", v.team())
                .bind("person", v.contactPerson()).bind("title", Sql.orNull(v.contactTitle()))
                .bind("visitedAt", v.visitedAt()).bind("duration", v.durationMinutes()).bind("method", v.method().name())
                .bind("situation", Sql.orNull(v.spin().situation())).bind("problem", Sql.orNull(v.spin().problem()))
                .bind("implication", Sql.orNull(v.spin().implication()))
                .bind("needPayoff", Sql.orNull(v.spin().needPayoff()))
                .bind("objections", Sql.orNull(v.objections())).bind("commitments", Sql.orNull(v.commitments()))
                .bind("who", Sql.orNull(v.nextStep().who())).bind("when", Sql.orNull(v.nextStep().when(), Instant.class))
                .bind("what", Sql.orNull(v.nextStep().what())).bind("help", Sql.orNull(v.helpNeeded()))
                .bind("progress", v.progress()).bind("clearAnswer", v.clearAnswer()).bind("late", v.late())
                .bind("filedAt", v.filedAt()).bind("filedBy", v.filedBy())
                .bind("plan", Sql.orNull(v.visitPlanId(), UUID.class))
                .then();
        return visit.then(Flux.fromIterable(v.gifts()).concatMap(gift -> db.sql("""
                        insert into visit_gift (id, visit_id, description, value, company_branded)
                        values (:id, :visit, :description, :value, :branded)""")
                .bind("id", UUID.randomUUID()).bind("visit", v.id()).bind("description", gift.description())
                .bind("value", gift.value()).bind("branded", gift.companyBranded())
                .then()).then());
    }

    @Override
    public Mono<Long> count(UUID customerId) {
        return db.sql("select count(*) from visit where customer_id = :id").bind("id", customerId)
                .map(row -> row.get(0, Long.class)).one();
    }

    @Override
    public Flux<Visit> recent(UUID customerId, int limit) {
        return db.sql("select * from visit where customer_id = :id order by visited_at desc limit :limit")
                .bind("id", customerId).bind("limit", limit)
                .map(R2dbcVisits::visit).all().collectList()
                .flatMapMany(visits -> gifts(visits).map(gifts -> visits.stream()
                        .map(v -> withGifts(v, gifts.getOrDefault(v.id(), List.of()))).toList())
                        .flatMapIterable(list -> list));
    }

    private Mono<Map<UUID, List<Gift>>> gifts(List<Visit> visits) {
        if (visits.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("select visit_id, description, value, company_branded from visit_gift where visit_id = any(:ids)")
                .bind("ids", visits.stream().map(Visit::id).toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("visit_id", UUID.class), new Gift(row.get("description", String.class),
                        row.get("value", BigDecimal.class), Boolean.TRUE.equals(row.get("company_branded", Boolean.class)))))
                .all()
                .collect(HashMap::new, (map, entry) -> map.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                        .add(entry.getValue()));
    }

    private static Visit withGifts(Visit v, List<Gift> gifts) {
        return new Visit(v.id(), v.customerId(), v.ownerId(), v.team(), v.contactPerson(), v.contactTitle(),
                v.visitedAt(), v.durationMinutes(), v.method(), v.spin(), v.objections(), v.commitments(), v.nextStep(),
                v.helpNeeded(), v.progress(), v.clearAnswer(), v.late(), v.filedAt(), v.filedBy(), v.visitPlanId(), gifts);
    }

    private static Visit visit(Readable row) {
        return new Visit(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                row.get("owner_id", String.class), row.get("team", String.class),
                row.get("contact_person", String.class), row.get("contact_title", String.class),
                instant(row, "visited_at"), row.get("duration_minutes", Integer.class),
                Visit.Method.valueOf(row.get("method", String.class)),
                new Visit.Spin(row.get("situation", String.class), row.get("problem", String.class),
                        row.get("implication", String.class), row.get("need_payoff", String.class)),
                row.get("objections", String.class), row.get("commitments", String.class),
                new Visit.NextStep(row.get("next_step_who", String.class), instant(row, "next_step_when"),
                        row.get("next_step_what", String.class)),
                row.get("help_needed", String.class), Boolean.TRUE.equals(row.get("progress", Boolean.class)),
                Boolean.TRUE.equals(row.get("clear_answer", Boolean.class)),
                Boolean.TRUE.equals(row.get("late", Boolean.class)), instant(row, "filed_at"),
                row.get("filed_by", String.class), row.get("visit_plan_id", UUID.class), List.of());
    }

    @Override
    public Mono<Void> insertPlan(VisitPlan p) {
        return db.sql("""
                        insert into visit_plan (id, customer_id, objective, approach, planned_at, status, requested_by,
                          requested_at)
                        values (:id, :customer, :objective, :approach, :plannedAt, :status, :by, :at)""")
                .bind("id", p.id()).bind("customer", p.customerId()).bind("objective", p.objective())
                .bind("approach", Sql.orNull(p.approach())).bind("plannedAt", Sql.orNull(p.plannedAt(), Instant.class))
                .bind("status", p.status().name()).bind("by", p.requestedBy()).bind("at", p.requestedAt())
                .then();
    }

    @Override
    public Mono<VisitPlan> findPlan(UUID customerId, UUID planId) {
        return db.sql("select * from visit_plan where id = :id and customer_id = :customer")
                .bind("id", planId).bind("customer", customerId)
                .map(row -> new VisitPlan(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                        row.get("objective", String.class), row.get("approach", String.class),
                        instant(row, "planned_at"), VisitPlan.Status.valueOf(row.get("status", String.class)),
                        row.get("requested_by", String.class), instant(row, "requested_at"),
                        row.get("decided_by", String.class), instant(row, "decided_at"),
                        row.get("used_by_visit", UUID.class)))
                .one();
    }

    @Override
    public Mono<Void> decide(UUID planId, VisitPlan.Status status, String by, Instant at) {
        return db.sql("update visit_plan set status = :status, decided_by = :by, decided_at = :at where id = :id")
                .bind("status", status.name()).bind("by", by).bind("at", at).bind("id", planId).then();
    }

    @Override
    public Mono<Void> use(UUID planId, UUID visitId) {
        return db.sql("update visit_plan set used_by_visit = :visit where id = :id")
                .bind("visit", visitId).bind("id", planId).then();
    }
}
