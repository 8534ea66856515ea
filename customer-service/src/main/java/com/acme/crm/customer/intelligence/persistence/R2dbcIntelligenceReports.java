package com.acme.crm.customer.intelligence.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.intelligence.IntelligenceQuery;
import com.acme.crm.customer.intelligence.IntelligenceReport;
import com.acme.crm.customer.intelligence.IntelligenceReportState;
import com.acme.crm.customer.intelligence.IntelligenceReports;
import com.acme.crm.customer.intelligence.IntelligenceSource;
import com.acme.crm.customer.intelligence.Observation;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/** Market intelligence reports in {@code intelligence_report}; a department's queue reads its own index. */
@Repository
class R2dbcIntelligenceReports implements IntelligenceReports {

    private static final String SELECT = """
            select r.id, r.filed_by, r.team, r.department, r.competitor, r.product, r.product_category, r.price,
              r.currency, r.promotion, r.region, r.source, r.observed_on, r.customer_id, r.notes, r.status, r.filed_at,
              r.reviewed_by, r.reviewed_at, r.review_note, r.version
            from intelligence_report r""";

    private final DatabaseClient db;

    R2dbcIntelligenceReports(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(IntelligenceReportState r) {
        Observation o = r.observation();
        return db.sql("""
                        insert into intelligence_report (id, filed_by, team, department, competitor, product,
                          product_category, price, currency, promotion, region, source, observed_on, customer_id, notes,
                          status, filed_at, version)
                        values (:id, :filedBy, :team, :department, :competitor, :product, :category, :price, :currency,
                          :promotion, :region, :source, :observedOn, :customerId, :notes, :status, :filedAt, 0)""")
                .bind("id", r.id()).bind("filedBy", r.filedBy()).bind("team", Sql.orNull(r.team()))
                .bind("department", r.department()).bind("competitor", o.competitor()).bind("product", o.product())
                .bind("category", Sql.orNull(o.productCategory()))
                .bind("price", Sql.orNull(o.price(), BigDecimal.class)).bind("currency", r.currency())
                .bind("promotion", Sql.orNull(o.promotion())).bind("region", o.region())
                .bind("source", o.source().name()).bind("observedOn", o.observedOn())
                .bind("customerId", Sql.orNull(o.customerId(), UUID.class)).bind("notes", Sql.orNull(o.notes()))
                .bind("status", r.status().name()).bind("filedAt", r.filedAt())
                .then();
    }

    @Override
    public Mono<Void> update(IntelligenceReportState r) {
        return Sql.versionedUpdate(db.sql("""
                        update intelligence_report set status = :status, reviewed_by = :reviewedBy,
                          reviewed_at = :reviewedAt, review_note = :note, version = version + 1
                        where id = :id and version = :version""")
                .bind("status", r.status().name()).bind("reviewedBy", Sql.orNull(r.reviewedBy()))
                .bind("reviewedAt", Sql.orNull(r.reviewedAt(), java.time.Instant.class))
                .bind("note", Sql.orNull(r.reviewNote())).bind("id", r.id()).bind("version", r.version()),
                "Intelligence report", r.id());
    }

    @Override
    public Mono<IntelligenceReport> findById(UUID id, DataScope scope) {
        Sql.Where where = new Sql.Where().and("r.id = :id", "id", id).within(scope, "r.team", "r.filed_by");
        return where.bindTo(db.sql(SELECT + where.clause())).map(R2dbcIntelligenceReports::state).one()
                .map(IntelligenceReport::restore);
    }

    @Override
    public Mono<PageResponse<IntelligenceReportState>> search(IntelligenceQuery query, DataScope scope,
                                                              PageRequest page) {
        Sql.Where where = new Sql.Where().within(scope, "r.team", "r.filed_by");
        if (query.department() != null) {
            where.and("r.department = :department", "department", query.department());
        }
        if (query.competitor() != null) {
            where.and("lower(r.competitor) = lower(:competitor)", "competitor", query.competitor());
        }
        if (query.region() != null) {
            where.and("lower(r.region) = lower(:region)", "region", query.region());
        }
        if (query.from() != null) {
            where.and("r.observed_on >= :from", "from", query.from());
        }
        if (query.to() != null) {
            where.and("r.observed_on <= :to", "to", query.to());
        }
        if (query.status() != null) {
            where.and("r.status = :status", "status", query.status().name());
        }
        Mono<Long> total = where.bindTo(db.sql("select count(*) from intelligence_report r" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
        Mono<List<IntelligenceReportState>> items = where.bindTo(db.sql(SELECT + where.clause()
                        + " order by r.observed_on desc, r.filed_at desc, r.id limit :limit offset :offset")
                        .bind("limit", page.size()).bind("offset", page.offset()))
                .map(R2dbcIntelligenceReports::state).all().collectList();
        return Mono.zip(items, total).map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    private static IntelligenceReportState state(Readable row) {
        Observation observation = new Observation(row.get("competitor", String.class), row.get("product", String.class),
                row.get("product_category", String.class), row.get("price", BigDecimal.class),
                row.get("promotion", String.class), row.get("region", String.class),
                IntelligenceSource.valueOf(row.get("source", String.class)), row.get("observed_on", LocalDate.class),
                row.get("customer_id", UUID.class), row.get("notes", String.class));
        return new IntelligenceReportState(row.get("id", UUID.class), row.get("filed_by", String.class),
                row.get("team", String.class), row.get("department", String.class), observation,
                row.get("currency", String.class), IntelligenceReport.Status.valueOf(row.get("status", String.class)),
                Objects.requireNonNull(instant(row, "filed_at")), row.get("reviewed_by", String.class),
                instant(row, "reviewed_at"), row.get("review_note", String.class),
                Objects.requireNonNull(row.get("version", Long.class)));
    }
}
