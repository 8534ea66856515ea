package com.acme.crm.customer.referral.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.referral.Referral;
import com.acme.crm.customer.referral.ReferralReward;
import com.acme.crm.customer.referral.Referrals;
import com.acme.crm.customer.referral.RewardKind;
import com.acme.crm.customer.referral.RewardQuery;

import io.r2dbc.spi.Readable;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/** Referral requests (one per order), referred leads (one per lead) and rewards (one per referred lead). */
@Repository
class R2dbcReferrals implements Referrals {

    private static final String REWARD_COLUMNS = "w.id as reward_id, w.referrer_customer_id as reward_referrer, "
            + "w.referred_lead_id, w.new_customer_id as reward_customer, w.kind, w.amount, w.currency, w.points, "
            + "w.owner_id, w.team, w.recorded_at";

    private final DatabaseClient db;

    R2dbcReferrals(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> decideRequest(UUID orderId, UUID customerId, Instant signedAt, @Nullable UUID taskId,
                                       @Nullable String skippedRule, Instant now) {
        return db.sql("""
                        insert into referral_request (order_id, customer_id, signed_at, task_id, skipped_rule, decided_at)
                        values (:order, :customer, :signedAt, :task, :skipped, :now) on conflict (order_id) do nothing""")
                .bind("order", orderId).bind("customer", customerId).bind("signedAt", signedAt)
                .bind("task", Sql.orNull(taskId, UUID.class)).bind("skipped", Sql.orNull(skippedRule))
                .bind("now", now)
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<Void> captured(UUID leadId, UUID referrerCustomerId, String leadOwnerId, String leadTeam,
                               Instant capturedAt) {
        return db.sql("""
                        insert into referral (lead_id, referrer_customer_id, lead_owner_id, lead_team, captured_at)
                        values (:lead, :referrer, :owner, :team, :at)
                        on conflict (lead_id) do update set captured_at = coalesce(referral.captured_at, excluded.captured_at)""")
                .bind("lead", leadId).bind("referrer", referrerCustomerId).bind("owner", leadOwnerId)
                .bind("team", leadTeam).bind("at", capturedAt)
                .then();
    }

    @Override
    public Mono<Void> converted(UUID leadId, UUID referrerCustomerId, String leadOwnerId, String leadTeam,
                                UUID newCustomerId, Instant convertedAt) {
        return db.sql("""
                        insert into referral (lead_id, referrer_customer_id, lead_owner_id, lead_team, converted_at,
                          new_customer_id)
                        values (:lead, :referrer, :owner, :team, :at, :customer)
                        on conflict (lead_id) do update set lead_owner_id = excluded.lead_owner_id,
                          lead_team = excluded.lead_team, converted_at = excluded.converted_at,
                          new_customer_id = excluded.new_customer_id""")
                .bind("lead", leadId).bind("referrer", referrerCustomerId).bind("owner", leadOwnerId)
                .bind("team", leadTeam).bind("at", convertedAt).bind("customer", newCustomerId)
                .then();
    }

    @Override
    public Mono<Boolean> insertReward(ReferralReward r) {
        return db.sql("""
                        insert into referral_reward (id, referrer_customer_id, referred_lead_id, new_customer_id, kind,
                          amount, currency, points, owner_id, team, recorded_at)
                        values (:id, :referrer, :lead, :customer, :kind, :amount, :currency, :points, :owner, :team, :at)
                        on conflict (referred_lead_id) do nothing""")
                .bind("id", r.id()).bind("referrer", r.referrerCustomerId()).bind("lead", r.referredLeadId())
                .bind("customer", r.newCustomerId()).bind("kind", r.kind().name())
                .bind("amount", Sql.orNull(r.amount(), BigDecimal.class)).bind("currency", Sql.orNull(r.currency()))
                .bind("points", Sql.orNull(r.points(), Integer.class)).bind("owner", r.ownerId())
                .bind("team", r.team()).bind("at", r.recordedAt())
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<PageResponse<Referral>> referralsOf(UUID referrerCustomerId, PageRequest page) {
        Mono<Long> total = db.sql("select count(*) from referral where referrer_customer_id = :referrer")
                .bind("referrer", referrerCustomerId).map(row -> row.get(0, Long.class)).one();
        Mono<List<Referral>> items = db.sql("select r.lead_id, r.referrer_customer_id, r.lead_owner_id, r.lead_team,"
                        + " r.captured_at, r.converted_at, r.new_customer_id, " + REWARD_COLUMNS
                        + " from referral r left join referral_reward w on w.referred_lead_id = r.lead_id"
                        + " where r.referrer_customer_id = :referrer"
                        + " order by coalesce(r.converted_at, r.captured_at) desc, r.lead_id"
                        + " limit :limit offset :offset")
                .bind("referrer", referrerCustomerId).bind("limit", page.size()).bind("offset", page.offset())
                .map(row -> new Referral(row.get("lead_id", UUID.class), row.get("referrer_customer_id", UUID.class),
                        row.get("lead_owner_id", String.class), row.get("lead_team", String.class),
                        instant(row, "captured_at"), instant(row, "converted_at"),
                        row.get("new_customer_id", UUID.class),
                        row.get("reward_id", UUID.class) == null ? null : reward(row)))
                .all().collectList();
        return Mono.zip(items, total).map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    @Override
    public Mono<PageResponse<ReferralReward>> rewards(RewardQuery query, DataScope scope, PageRequest page) {
        Sql.Where where = new Sql.Where().within(scope, "w.team", "w.owner_id");
        if (query.ownerId() != null) {
            where.and("w.owner_id = :owner", "owner", query.ownerId());
        }
        if (query.team() != null) {
            where.and("w.team = :team", "team", query.team());
        }
        if (query.from() != null) {
            where.and("w.recorded_at >= :from", "from", query.from());
        }
        if (query.to() != null) {
            where.and("w.recorded_at < :to", "to", query.to());
        }
        Mono<Long> total = where.bindTo(db.sql("select count(*) from referral_reward w" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
        Mono<List<ReferralReward>> items = where.bindTo(db.sql("select " + REWARD_COLUMNS + " from referral_reward w"
                        + where.clause() + " order by w.recorded_at desc, w.id limit :limit offset :offset")
                        .bind("limit", page.size()).bind("offset", page.offset()))
                .map(R2dbcReferrals::reward).all().collectList();
        return Mono.zip(items, total).map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    private static ReferralReward reward(Readable row) {
        return new ReferralReward(row.get("reward_id", UUID.class), row.get("reward_referrer", UUID.class),
                row.get("referred_lead_id", UUID.class), row.get("reward_customer", UUID.class),
                RewardKind.valueOf(row.get("kind", String.class)), row.get("amount", BigDecimal.class),
                row.get("currency", String.class), row.get("points", Integer.class), row.get("owner_id", String.class),
                row.get("team", String.class), Objects.requireNonNull(instant(row, "recorded_at")));
    }
}
