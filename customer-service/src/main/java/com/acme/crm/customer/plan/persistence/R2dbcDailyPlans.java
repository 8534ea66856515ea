package com.acme.crm.customer.plan.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.plan.DailyCounts;
import com.acme.crm.customer.plan.DailyPlan;
import com.acme.crm.customer.plan.DailyPlanQuery;
import com.acme.crm.customer.plan.DailyPlanState;
import com.acme.crm.customer.plan.DailyPlans;
import com.acme.crm.customer.plan.DailyReview;

import io.r2dbc.spi.Readable;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/**
 * Daily plans with their reviews: target ids live in arrays on the plan row and the review is joined, so a page of
 * plans is one query (plus its count) however many plans and targets it holds.
 */
@Repository
class R2dbcDailyPlans implements DailyPlans {

    private static final String SELECT = """
            select p.*, r.plan_id as review_plan, r.actual_calls, r.actual_visits, r.actual_new_intent_customers,
              r.visited_customer_ids, r.contacted_lead_ids, r.missed_targets, r.miss_reasons, r.filed_at
            from daily_plan p left join daily_review r on r.plan_id = p.id""";

    private final DatabaseClient db;

    R2dbcDailyPlans(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(DailyPlanState p) {
        return db.sql("""
                        insert into daily_plan (id, rep_id, team, plan_date, status, revision, target_calls,
                          target_visits, target_new_intent_customers, target_customer_ids, target_lead_ids, late,
                          first_submitted_at, submitted_at)
                        values (:id, :rep, :team, :date, :status, :revision, :calls, :visits, :intent, :customers,
                          :leads, :late, :first, :submitted)""")
                .bind("id", p.id()).bind("rep", p.repId()).bind("team", p.team()).bind("date", p.date())
                .bind("status", p.status().name()).bind("revision", p.revision())
                .bind("calls", p.targets().calls()).bind("visits", p.targets().visits())
                .bind("intent", p.targets().newIntentCustomers())
                .bind("customers", p.targetCustomerIds().toArray(UUID[]::new))
                .bind("leads", p.targetLeadIds().toArray(UUID[]::new)).bind("late", p.late())
                .bind("first", p.firstSubmittedAt()).bind("submitted", p.submittedAt())
                .then();
    }

    @Override
    public Mono<Void> update(DailyPlanState p) {
        Mono<Void> plan = Sql.versionedUpdate(db.sql("""
                        update daily_plan set status = :status, revision = :revision, target_calls = :calls,
                          target_visits = :visits, target_new_intent_customers = :intent,
                          target_customer_ids = :customers, target_lead_ids = :leads, submitted_at = :submitted,
                          decided_by = :decidedBy, decided_at = :decidedAt, decision_comment = :comment,
                          version = version + 1
                        where id = :id and version = :version""")
                .bind("status", p.status().name()).bind("revision", p.revision())
                .bind("calls", p.targets().calls()).bind("visits", p.targets().visits())
                .bind("intent", p.targets().newIntentCustomers())
                .bind("customers", p.targetCustomerIds().toArray(UUID[]::new))
                .bind("leads", p.targetLeadIds().toArray(UUID[]::new)).bind("submitted", p.submittedAt())
                .bind("decidedBy", Sql.orNull(p.decidedBy())).bind("decidedAt", Sql.orNull(p.decidedAt(), Instant.class))
                .bind("comment", Sql.orNull(p.decisionComment()))
                .bind("id", p.id()).bind("version", p.version()), "Daily plan", p.id());
        DailyReview review = p.review();
        return review == null ? plan : plan.then(insertReview(p.id(), review));
    }

    /** The review is written once: a second one for the plan fails on its primary key. */
    private Mono<Void> insertReview(UUID planId, DailyReview r) {
        return db.sql("""
                        insert into daily_review (plan_id, actual_calls, actual_visits, actual_new_intent_customers,
                          visited_customer_ids, contacted_lead_ids, missed_targets, miss_reasons, filed_at)
                        values (:plan, :calls, :visits, :intent, :visited, :contacted, :targets, :reasons, :filed)""")
                .bind("plan", planId).bind("calls", r.actuals().calls()).bind("visits", r.actuals().visits())
                .bind("intent", r.actuals().newIntentCustomers())
                .bind("visited", r.visitedCustomerIds().toArray(UUID[]::new))
                .bind("contacted", r.contactedLeadIds().toArray(UUID[]::new))
                .bind("targets", r.misses().stream().map(DailyReview.Miss::target).toArray(String[]::new))
                .bind("reasons", r.misses().stream().map(DailyReview.Miss::reason).toArray(String[]::new))
                .bind("filed", r.filedAt())
                .then();
    }

    @Override
    public Mono<DailyPlan> findById(UUID id) {
        return db.sql(SELECT + " where p.id = :id").bind("id", id).map(R2dbcDailyPlans::state).one()
                .map(DailyPlan::restore);
    }

    @Override
    public Mono<DailyPlan> lockById(UUID id) {
        return db.sql(SELECT + " where p.id = :id for update of p").bind("id", id).map(R2dbcDailyPlans::state).one()
                .map(DailyPlan::restore);
    }

    @Override
    public Mono<DailyPlan> lockByRepAndDate(String repId, LocalDate date) {
        return db.sql(SELECT + " where p.rep_id = :rep and p.plan_date = :date for update of p")
                .bind("rep", repId).bind("date", date).map(R2dbcDailyPlans::state).one().map(DailyPlan::restore);
    }

    @Override
    public Mono<PageResponse<DailyPlanState>> search(DailyPlanQuery query, DataScope scope, PageRequest page) {
        Sql.Where where = new Sql.Where().within(scope, "p.team", "p.rep_id");
        if (query.date() != null) {
            where.and("p.plan_date = :date", "date", query.date());
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
        Mono<Long> total = where.bindTo(db.sql("select count(*) from daily_plan p" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
        Mono<List<DailyPlanState>> items = where.bindTo(db.sql(SELECT + where.clause()
                        + " order by p.plan_date desc, p.rep_id, p.id limit :limit offset :offset")
                        .bind("limit", page.size()).bind("offset", page.offset()))
                .map(R2dbcDailyPlans::state).all().collectList();
        return Mono.zip(items, total).map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    @Override
    public Flux<String> unsubmitted(String team, LocalDate date) {
        return db.sql("""
                        select m.member_id from team_member m
                        where m.team = :team
                          and not exists (select 1 from daily_plan p where p.rep_id = m.member_id and p.plan_date = :date)
                        order by m.position, m.member_id""")
                .bind("team", team).bind("date", date)
                .map(row -> row.get(0, String.class)).all();
    }

    @Override
    public Flux<LoggedVisit> visitsFiledBy(String repId, Instant from, Instant to) {
        return db.sql("""
                        select customer_id, method from visit
                        where filed_by = :rep and visited_at >= :from and visited_at < :to""")
                .bind("rep", repId).bind("from", from).bind("to", to)
                .map(row -> new LoggedVisit(row.get("customer_id", UUID.class),
                        "ON_SITE".equals(row.get("method", String.class))))
                .all();
    }

    private static DailyPlanState state(Readable row) {
        return new DailyPlanState(row.get("id", UUID.class), row.get("rep_id", String.class),
                row.get("team", String.class), row.get("plan_date", LocalDate.class),
                DailyPlan.Status.valueOf(row.get("status", String.class)), row.get("revision", Integer.class),
                new DailyCounts(row.get("target_calls", Integer.class), row.get("target_visits", Integer.class),
                        row.get("target_new_intent_customers", Integer.class)),
                uuids(row, "target_customer_ids"), uuids(row, "target_lead_ids"),
                Boolean.TRUE.equals(row.get("late", Boolean.class)), instant(row, "first_submitted_at"),
                instant(row, "submitted_at"), row.get("decided_by", String.class), instant(row, "decided_at"),
                row.get("decision_comment", String.class), review(row), row.get("version", Long.class));
    }

    private static @Nullable DailyReview review(Readable row) {
        if (row.get("review_plan", UUID.class) == null) {
            return null;
        }
        String[] targets = row.get("missed_targets", String[].class);
        String[] reasons = row.get("miss_reasons", String[].class);
        List<DailyReview.Miss> misses = new ArrayList<>(targets.length);
        for (int i = 0; i < targets.length; i++) {
            misses.add(new DailyReview.Miss(targets[i], reasons[i]));
        }
        return new DailyReview(new DailyCounts(row.get("actual_calls", Integer.class),
                row.get("actual_visits", Integer.class), row.get("actual_new_intent_customers", Integer.class)),
                uuids(row, "visited_customer_ids"), uuids(row, "contacted_lead_ids"), misses,
                instant(row, "filed_at"));
    }

    private static List<UUID> uuids(Readable row, String column) {
        UUID[] values = row.get(column, UUID[].class);
        return values == null ? List.of() : Arrays.asList(values);
    }
}
