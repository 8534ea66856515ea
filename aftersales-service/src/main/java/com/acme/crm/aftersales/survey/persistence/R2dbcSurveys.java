package com.acme.crm.aftersales.survey.persistence;

import com.acme.crm.aftersales.survey.NpsScore;
import com.acme.crm.aftersales.survey.Quarter;
import com.acme.crm.aftersales.survey.SurveyKind;
import com.acme.crm.aftersales.survey.SurveyState;
import com.acme.crm.aftersales.survey.Surveys;
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
 * survey rows (unique per order and per customer and quarter, so a second survey of either is never stored) and
 * survey_customer, the customers with an accepted order.
 */
@Repository
class R2dbcSurveys implements Surveys {

    private static final String COLUMNS = "id, customer_id, owner_id, team, kind, order_id, quarter, issued_at, "
            + "satisfaction, nps, answered_by, answered_at, version";

    private final DatabaseClient db;

    R2dbcSurveys(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> insertIfNew(SurveyState s) {
        return db.sql("""
                        insert into survey (id, customer_id, owner_id, team, kind, order_id, quarter, issued_at, version)
                        values (:id, :customer, :owner, :team, :kind, :order, :quarter, :at, 0)
                        on conflict do nothing""")
                .bind("id", s.id()).bind("customer", s.customerId()).bind("owner", s.ownerId())
                .bind("team", s.team()).bind("kind", s.kind().name())
                .bind("order", Sql.orNull(s.orderId(), UUID.class)).bind("quarter", Sql.orNull(s.quarter()))
                .bind("at", s.issuedAt())
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Flux<SurveyState> insertAllIfNew(List<SurveyState> surveys) {
        if (surveys.isEmpty()) {
            return Flux.empty();
        }
        SurveyState first = surveys.get(0);
        Map<UUID, SurveyState> byId = surveys.stream()
                .collect(Collectors.toMap(SurveyState::id, Function.identity()));
        // One statement for the batch; the round's surveys share their kind, quarter and time.
        return db.sql("""
                        insert into survey (id, customer_id, owner_id, team, kind, order_id, quarter, issued_at, version)
                        select id, customer_id, owner_id, team, :kind, null, :quarter, :at, 0
                        from unnest(:ids, :customers, :owners, :teams) as x(id, customer_id, owner_id, team)
                        on conflict do nothing
                        returning id""")
                .bind("kind", first.kind().name()).bind("quarter", Sql.orNull(first.quarter()))
                .bind("at", first.issuedAt())
                .bind("ids", surveys.stream().map(SurveyState::id).toArray(UUID[]::new))
                .bind("customers", surveys.stream().map(SurveyState::customerId).toArray(UUID[]::new))
                .bind("owners", surveys.stream().map(SurveyState::ownerId).toArray(String[]::new))
                .bind("teams", surveys.stream().map(SurveyState::team).toArray(String[]::new))
                .map(row -> byId.get(row.get("id", UUID.class)))
                .all();
    }

    @Override
    public Mono<Void> update(SurveyState s) {
        SurveyState.@Nullable Answer a = s.answer();
        return Sql.versionedUpdate(db.sql("""
                        update survey set satisfaction = :satisfaction, nps = :nps, answered_by = :by,
                          answered_at = :at, version = version + 1
                        where id = :id and version = :version""")
                .bind("id", s.id()).bind("version", s.version())
                .bind("satisfaction", Sql.orNull(a == null ? null : a.satisfaction(), Integer.class))
                .bind("nps", Sql.orNull(a == null ? null : a.nps(), Integer.class))
                .bind("by", Sql.orNull(a == null ? null : a.by()))
                .bind("at", Sql.orNull(a == null ? null : a.at(), Instant.class)), "Survey", s.id());
    }

    @Override
    public Mono<SurveyState> find(UUID id) {
        return db.sql("select " + COLUMNS + " from survey where id = :id").bind("id", id).map(R2dbcSurveys::read).one();
    }

    @Override
    public Flux<SurveyState> page(DataScope scope, @Nullable Boolean answered, PageRequest page) {
        Sql.Where where = where(scope, answered);
        return where.bindTo(db.sql("select " + COLUMNS + " from survey" + where.clause()
                        + " order by issued_at desc, id limit :limit offset :offset"))
                .bind("limit", page.size()).bind("offset", page.offset()).map(R2dbcSurveys::read).all();
    }

    @Override
    public Mono<Long> count(DataScope scope, @Nullable Boolean answered) {
        Sql.Where where = where(scope, answered);
        return where.bindTo(db.sql("select count(*) from survey" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
    }

    private static Sql.Where where(DataScope scope, @Nullable Boolean answered) {
        Sql.Where where = new Sql.Where().within(scope);
        if (answered == null) {
            return where;
        }
        return where.and(answered ? "answered_at is not null" : "answered_at is null");
    }

    @Override
    public Mono<Void> markActive(UUID customerId, String ownerId, String team, Instant at) {
        return db.sql("""
                        insert into survey_customer (customer_id, owner_id, team, first_accepted_at, updated_at)
                        values (:customer, :owner, :team, :at, :at)
                        on conflict (customer_id) do update set owner_id = excluded.owner_id, team = excluded.team,
                          updated_at = excluded.updated_at""")
                .bind("customer", customerId).bind("owner", ownerId).bind("team", team).bind("at", at)
                .then();
    }

    @Override
    public Flux<ActiveCustomer> lockActiveWithoutSurvey(Quarter quarter, int limit) {
        return db.sql("""
                        select c.customer_id, coalesce(o.owner_id, c.owner_id) as owner_id,
                          coalesce(o.team, c.team) as team
                        from survey_customer c left join customer_ownership o on o.customer_id = c.customer_id
                        where not exists (select 1 from survey s where s.customer_id = c.customer_id
                                          and s.quarter = :quarter)
                        order by c.customer_id limit :limit
                        for update of c skip locked""")
                .bind("quarter", quarter.toString()).bind("limit", limit)
                .map(row -> new ActiveCustomer(row.get("customer_id", UUID.class), row.get("owner_id", String.class),
                        row.get("team", String.class)))
                .all();
    }

    @Override
    public Mono<NpsScore> nps(Instant from, Instant to, DataScope scope, @Nullable String team) {
        Sql.Where where = new Sql.Where().within(scope)
                .and("answered_at >= :from", "from", from).and("answered_at < :to", "to", to);
        if (team != null) {
            where.and("team = :team", "team", team);
        }
        return where.bindTo(db.sql("""
                        select count(*) filter (where nps >= 9) as promoters,
                          count(*) filter (where nps between 7 and 8) as passives,
                          count(*) filter (where nps <= 6) as detractors
                        from survey""" + where.clause()))
                .map(row -> NpsScore.of(count(row, "promoters"), count(row, "passives"), count(row, "detractors")))
                .one();
    }

    private static long count(Readable row, String column) {
        Long value = row.get(column, Long.class);
        return value == null ? 0 : value;
    }

    private static SurveyState read(Readable row) {
        Integer satisfaction = row.get("satisfaction", Integer.class);
        Integer nps = row.get("nps", Integer.class);
        Instant answeredAt = RowValues.instant(row, "answered_at");
        return new SurveyState(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                row.get("owner_id", String.class), row.get("team", String.class),
                Objects.requireNonNull(RowValues.enumOf(row, "kind", SurveyKind.class)),
                row.get("order_id", UUID.class), row.get("quarter", String.class),
                Objects.requireNonNull(RowValues.instant(row, "issued_at")),
                satisfaction == null || nps == null || answeredAt == null ? null
                        : new SurveyState.Answer(satisfaction, nps,
                        Objects.requireNonNull(row.get("answered_by", String.class)), answeredAt),
                Objects.requireNonNull(row.get("version", Long.class)));
    }
}
