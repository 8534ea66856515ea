package com.acme.crm.customer.keyaccount.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.keyaccount.KeyAccounts;
import com.acme.crm.customer.keyaccount.Quarter;
import com.acme.crm.customer.keyaccount.RhythmTask;

import io.r2dbc.spi.Readable;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/**
 * The rhythm with plain SQL: the claim reads customers by tier and state against {@code key_account_task}; the
 * manager's view is one statement (customers, their review record and its task, the total by a window count).
 */
@Repository
class R2dbcKeyAccounts implements KeyAccounts {

    /** C-12, as {@code KeyAccountRhythm} defines it: A-tier owes a review, active (not dormant, not paused) a talk. */
    private static final String OWED = """
            with opened as (
              select customer_id, bool_or(kind = 'BUSINESS_REVIEW') as review, bool_or(kind = 'DEEP_CONVERSATION') as talk
              from key_account_task where quarter = :quarter group by customer_id)
            select c.id, coalesce(o.review, false) as review, coalesce(o.talk, false) as talk
            from customer c left join opened o on o.customer_id = c.id
            where (c.tier = 'A' and not coalesce(o.review, false))
               or (c.dormant_at is null and (c.paused_until is null or c.paused_until <= :now)
                   and not coalesce(o.talk, false))
            order by c.id
            limit :limit
            for update of c""";

    private final DatabaseClient db;

    R2dbcKeyAccounts(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<Candidate> lockOwed(Quarter quarter, Instant now, int limit) {
        return db.sql(OWED)
                .bind("quarter", quarter.toString()).bind("now", now).bind("limit", limit)
                .map(row -> {
                    Set<RhythmTask> opened = EnumSet.noneOf(RhythmTask.class);
                    if (Boolean.TRUE.equals(row.get("review", Boolean.class))) {
                        opened.add(RhythmTask.BUSINESS_REVIEW);
                    }
                    if (Boolean.TRUE.equals(row.get("talk", Boolean.class))) {
                        opened.add(RhythmTask.DEEP_CONVERSATION);
                    }
                    return new Candidate(row.get("id", UUID.class), opened);
                })
                .all();
    }

    @Override
    public Flux<UUID> record(Quarter quarter, List<Opened> opened, Instant now) {
        if (opened.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("""
                        insert into key_account_task (customer_id, quarter, kind, task_id, opened_at)
                        select o.customer, :quarter, o.kind, o.task, :now
                        from unnest(:customers, :kinds, :tasks) as o(customer, kind, task)
                        on conflict do nothing
                        returning task_id""")
                .bind("quarter", quarter.toString()).bind("now", now)
                .bind("customers", opened.stream().map(Opened::customerId).toArray(UUID[]::new))
                .bind("kinds", opened.stream().map(o -> o.task().name()).toArray(String[]::new))
                .bind("tasks", opened.stream().map(Opened::taskId).toArray(UUID[]::new))
                .map(row -> row.get("task_id", UUID.class))
                .all();
    }

    @Override
    public Mono<PageResponse<ReviewRow>> reviews(Quarter quarter, @Nullable String team, DataScope scope, Instant now,
                                                 PageRequest page) {
        Sql.Where where = new Sql.Where().and("(c.tier = 'A' or k.task_id is not null)");
        if (team != null && !team.isBlank()) {
            where.and("c.team = :team", "team", team);
        }
        where.within(scope, "c.team", "c.owner_id", "c.account_manager_id");
        return where.bindTo(db.sql("""
                                select c.id, c.company, c.owner_id, c.team, c.tier, k.task_id, t.due_at, t.done_at,
                                  count(*) over () as total
                                from customer c
                                left join key_account_task k on k.customer_id = c.id and k.quarter = :quarter
                                  and k.kind = 'BUSINESS_REVIEW'
                                left join customer_task t on t.id = k.task_id"""
                                + where.clause() + " order by c.company, c.id limit :limit offset :offset")
                        .bind("quarter", quarter.toString())
                        .bind("limit", page.size()).bind("offset", page.offset()))
                .map(row -> new Counted(row(row, now), row.get("total", Long.class)))
                .all().collectList()
                .map(rows -> PageResponse.of(rows.stream().map(Counted::row).toList(), page,
                        rows.isEmpty() ? 0 : rows.get(0).total()));
    }

    private static ReviewRow row(Readable row, Instant now) {
        UUID task = row.get("task_id", UUID.class);
        Instant due = instant(row, "due_at");
        Instant done = instant(row, "done_at");
        ReviewStatus status = task == null ? ReviewStatus.NOT_OPENED : done != null ? ReviewStatus.DONE
                : due != null && due.isBefore(now) ? ReviewStatus.OVERDUE : ReviewStatus.OPEN;
        return new ReviewRow(row.get("id", UUID.class), row.get("company", String.class),
                row.get("owner_id", String.class), row.get("team", String.class), row.get("tier", String.class),
                status, task, due, done);
    }

    private record Counted(ReviewRow row, long total) {
    }
}
