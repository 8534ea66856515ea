package com.acme.crm.lead.followup.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.lead.followup.LeadTasks;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/** Lead tasks in PostgreSQL; at most one open task of a kind per lead (unique partial index). */
@Repository
class R2dbcLeadTasks implements LeadTasks {

    private final DatabaseClient db;

    R2dbcLeadTasks(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<UUID> openAllIfNoneOpen(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("""
                        insert into lead_task (id, lead_id, owner_id, team, kind, due_at, created_at)
                        select t.id, t.lead, t.owner, t.team, t.kind, t.due, t.created
                        from unnest(:ids, :leads, :owners, :teams, :kinds, :dues, :createds)
                          as t(id, lead, owner, team, kind, due, created)
                        on conflict (lead_id, kind) where done_at is null do nothing
                        returning id""")
                .bind("ids", tasks.stream().map(Task::id).toArray(UUID[]::new))
                .bind("leads", tasks.stream().map(Task::leadId).toArray(UUID[]::new))
                .bind("owners", tasks.stream().map(Task::ownerId).toArray(String[]::new))
                .bind("teams", tasks.stream().map(Task::team).toArray(String[]::new))
                .bind("kinds", tasks.stream().map(Task::kind).toArray(String[]::new))
                .bind("dues", tasks.stream().map(Task::dueAt).toArray(Instant[]::new))
                .bind("createds", tasks.stream().map(Task::createdAt).toArray(Instant[]::new))
                .map(row -> row.get("id", UUID.class))
                .all();
    }

    @Override
    public Mono<Void> closeAll(UUID leadId, Instant at) {
        return db.sql("update lead_task set done_at = :at where lead_id = :lead and done_at is null")
                .bind("at", at).bind("lead", leadId)
                .then();
    }

    @Override
    public Mono<Void> moveAll(UUID leadId, String newOwner) {
        return db.sql("update lead_task set owner_id = :owner where lead_id = :lead and done_at is null")
                .bind("owner", newOwner).bind("lead", leadId)
                .then();
    }

    @Override
    public Flux<Task> due(DataScope scope, Instant dueBy, int limit) {
        Sql.Where where = new Sql.Where().and("done_at is null").and("due_at <= :dueBy", "dueBy", dueBy)
                .within(scope);
        return where.bindTo(db.sql("select id, lead_id, owner_id, team, kind, due_at, created_at from lead_task"
                        + where.clause() + " order by due_at limit :limit").bind("limit", limit))
                .map(row -> new Task(row.get("id", UUID.class), row.get("lead_id", UUID.class),
                        row.get("owner_id", String.class), row.get("team", String.class),
                        row.get("kind", String.class), instant(row, "due_at"),
                        instant(row, "created_at")))
                .all();
    }
}
