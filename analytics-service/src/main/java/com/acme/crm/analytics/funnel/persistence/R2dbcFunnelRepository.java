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
    public Mono<Void> customerRegistered(UUID customerId, UUID leadId) {
        return db.sql("""
                        insert into funnel_customer (customer_id, lead_id) values (:customer, :lead)
                        on conflict (customer_id) do update set lead_id = excluded.lead_id""")
                .bind("customer", customerId)
                .bind("lead", leadId)
                .fetch().rowsUpdated()
                .then(carryOverToLead(customerId));
    }

    @Override
    public Mono<Void> customerReached(UUID customerId, FunnelStage stage, Instant at) {
        if (!stage.isReachedThroughCustomer()) {
            throw new IllegalArgumentException(stage + " is reached by the lead itself");
        }
        String column = stage.name().toLowerCase() + "_at";
        return db.sql("insert into funnel_customer (customer_id, " + column + ") values (:customer, :at)"
                        + " on conflict (customer_id) do update set " + column
                        + " = least(funnel_customer." + column + ", excluded." + column + ")")
                .bind("customer", customerId)
                .bind("at", at)
                .fetch().rowsUpdated()
                .then(carryOverToLead(customerId));
    }

    /**
     * Copies the customer's order stages to its lead, the earlier time winning. A separate statement after the
     * upsert on purpose: the upsert waits on a concurrent registration's (or order event's) row lock, and only a
     * statement started after it sees what that transaction committed, so neither side's stage is lost.
     */
    private Mono<Void> carryOverToLead(UUID customerId) {
        return db.sql("""
                        update funnel_lead f
                        set customer_id = c.customer_id,
                            quoted_at = least(f.quoted_at, c.quoted_at),
                            signed_at = least(f.signed_at, c.signed_at)
                        from funnel_customer c
                        where c.customer_id = :customer and f.lead_id = c.lead_id""")
                .bind("customer", customerId)
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
