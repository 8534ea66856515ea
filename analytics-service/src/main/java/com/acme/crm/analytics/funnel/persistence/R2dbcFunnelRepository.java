package com.acme.crm.analytics.funnel.persistence;

import com.acme.crm.analytics.funnel.FunnelCounts;
import com.acme.crm.analytics.funnel.FunnelRepository;
import com.acme.crm.analytics.funnel.FunnelStage;
import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One grouped query per report: the database counts, the service only shapes the answer. */
@Repository
class R2dbcFunnelRepository implements FunnelRepository {

    private final DatabaseClient db;

    R2dbcFunnelRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> leadCaptured(UUID leadId, String channel, String ownerId, String team, Instant capturedAt) {
        return db.sql("""
                        insert into funnel_lead (lead_id, channel, owner_id, team, captured_at)
                        values (:id, :channel, :owner, :team, :capturedAt) on conflict (lead_id) do nothing""")
                .bind("id", leadId)
                .bind("channel", channel)
                .bind("owner", ownerId)
                .bind("team", team)
                .bind("capturedAt", capturedAt)
                .fetch().rowsUpdated()
                .map(rows -> rows > 0);
    }

    @Override
    public Mono<Void> reached(UUID leadId, FunnelStage stage, Instant at) {
        if (stage == FunnelStage.CAPTURED) {
            throw new IllegalArgumentException("A lead is captured by leadCaptured");
        }
        String column = stage.name().toLowerCase() + "_at";
        return db.sql("update funnel_lead set " + column + " = least(coalesce(" + column + ", :at), :at)"
                        + " where lead_id = :id")
                .bind("id", leadId)
                .bind("at", at)
                .then();
    }

    @Override
    public Mono<Map<String, FunnelCounts>> countsByChannel(@Nullable Instant from, @Nullable Instant to,
                                                           DataScope scope) {
        Sql.Where where = new Sql.Where();
        if (from != null) {
            where.and("captured_at >= :from", "from", from);
        }
        if (to != null) {
            where.and("captured_at < :to", "to", to);
        }
        where.within(scope);
        return where.bindTo(db.sql("""
                        select channel, count(*) as captured, count(contacted_at) as contacted,
                               count(graded_at) as graded, count(visited_at) as visited,
                               count(quoted_at) as quoted, count(signed_at) as signed
                        from funnel_lead""" + where.clause() + " group by channel"))
                .map(row -> {
                    Map<FunnelStage, Long> counts = new EnumMap<>(FunnelStage.class);
                    for (FunnelStage stage : FunnelStage.values()) {
                        counts.put(stage, row.get(stage.name().toLowerCase(), Long.class));
                    }
                    return Map.entry(row.get("channel", String.class), new FunnelCounts(counts));
                })
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new);
    }
}
