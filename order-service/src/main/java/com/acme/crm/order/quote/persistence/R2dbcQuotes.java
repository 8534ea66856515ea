package com.acme.crm.order.quote.persistence;

import com.acme.crm.chassis.persistence.RowValues;
import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.order.quote.ApprovalLevel;
import com.acme.crm.order.quote.PaymentTerms;
import com.acme.crm.order.quote.Pricing;
import com.acme.crm.order.quote.QuoteLine;
import com.acme.crm.order.quote.QuoteState;
import com.acme.crm.order.quote.QuoteStatus;
import com.acme.crm.order.quote.Quotes;
import com.acme.crm.order.quote.ValuePackage;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** quote rows, one per version; lines, value package and payment terms are JSON, read and written whole. */
@Repository
class R2dbcQuotes implements Quotes {

    private static final TypeReference<List<QuoteLine>> LINES = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, requirement_id, customer_id, owner_id, team, quote_version, "
            + "supersedes_id, status, lines::text as lines, value_package::text as value_package, "
            + "payment_terms::text as payment_terms, overall_discount, list_total, net_total, payment_terms_changed, "
            + "approval_required, approved_by, approved_role, approved_at, decision_comment, issued_by, issued_at, "
            + "signed_by, signed_at, version";

    private final DatabaseClient db;
    private final JsonMapper json;

    R2dbcQuotes(DatabaseClient db, JsonMapper json) {
        this.db = db;
        // Amounts stay BigDecimal through JSON (a double would lose fen).
        this.json = json.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    }

    @Override
    public Mono<Void> insert(QuoteState q) {
        return db.sql("""
                        insert into quote (id, requirement_id, customer_id, owner_id, team, quote_version, supersedes_id,
                          status, lines, value_package, payment_terms, overall_discount, list_total, net_total,
                          discount_percent, payment_terms_changed, approval_required, issued_by, issued_at, version)
                        values (:id, :requirement, :customer, :owner, :team, :quoteVersion, :supersedes, :status,
                          cast(:lines as jsonb), cast(:valuePackage as jsonb), cast(:terms as jsonb), :overall,
                          :listTotal, :netTotal, :discount, :termsChanged, :approval, :issuedBy, :issuedAt, 0)""")
                .bind("id", q.id()).bind("requirement", q.requirementId()).bind("customer", q.customerId())
                .bind("owner", q.ownerId()).bind("team", q.team()).bind("quoteVersion", q.quoteVersion())
                .bind("supersedes", Sql.orNull(q.supersedesId(), UUID.class)).bind("status", q.status().name())
                .bind("lines", json.writeValueAsString(q.lines()))
                .bind("valuePackage", json.writeValueAsString(q.valuePackage()))
                .bind("terms", json.writeValueAsString(q.paymentTerms().milestones()))
                .bind("overall", q.overallDiscountPercent()).bind("listTotal", q.pricing().listTotal())
                .bind("netTotal", q.pricing().netTotal()).bind("discount", q.pricing().discountPercent())
                .bind("termsChanged", q.paymentTermsChanged()).bind("approval", q.approvalRequired().name())
                .bind("issuedBy", q.issuedBy()).bind("issuedAt", q.issuedAt())
                .then();
    }

    @Override
    public Mono<Void> update(QuoteState q) {
        // What a quote's methods change after issue: its status, the decision and the signature.
        return Sql.versionedUpdate(db.sql("""
                        update quote set status = :status, approved_by = :approvedBy, approved_role = :approvedRole,
                          approved_at = :approvedAt, decision_comment = :comment, signed_by = :signedBy,
                          signed_at = :signedAt, version = version + 1
                        where id = :id and version = :version""")
                .bind("id", q.id()).bind("version", q.version()).bind("status", q.status().name())
                .bind("approvedBy", Sql.orNull(q.approvedBy()))
                .bind("approvedRole", Sql.orNull(q.approvedRole() == null ? null : q.approvedRole().name()))
                .bind("approvedAt", Sql.orNull(q.approvedAt(), Instant.class))
                .bind("comment", Sql.orNull(q.decisionComment()))
                .bind("signedBy", Sql.orNull(q.signedBy()))
                .bind("signedAt", Sql.orNull(q.signedAt(), Instant.class)), "Quote", q.id());
    }

    @Override
    public Mono<QuoteState> find(UUID id) {
        return db.sql("select " + COLUMNS + " from quote where id = :id").bind("id", id).map(this::read).one();
    }

    @Override
    public Flux<QuoteState> page(DataScope scope, PageRequest page) {
        Sql.Where where = new Sql.Where().within(scope);
        return where.bindTo(db.sql("select " + COLUMNS + " from quote" + where.clause()
                        + " order by issued_at desc, id limit :limit offset :offset"))
                .bind("limit", page.size()).bind("offset", page.offset()).map(this::read).all();
    }

    @Override
    public Mono<Long> count(DataScope scope) {
        Sql.Where where = new Sql.Where().within(scope);
        return where.bindTo(db.sql("select count(*) from quote" + where.clause())).map(row -> row.get(0, Long.class))
                .one();
    }

    @Override
    public Mono<Void> reassign(UUID customerId, String ownerId, String team) {
        return db.sql("update quote set owner_id = :owner, team = :team, version = version + 1 "
                        + "where customer_id = :customer")
                .bind("owner", ownerId).bind("team", team).bind("customer", customerId).then();
    }

    private QuoteState read(Readable row) {
        List<QuoteLine> lines = json.readValue(row.get("lines", String.class), LINES);
        BigDecimal overall = Objects.requireNonNull(row.get("overall_discount", BigDecimal.class));
        Pricing pricing = Pricing.of(lines, overall);
        BigDecimal stored = row.get("net_total", BigDecimal.class);
        if (stored == null || stored.compareTo(pricing.netTotal()) != 0) {
            throw new IllegalStateException("Quote " + row.get("id", UUID.class) + " prices to "
                    + pricing.netTotal() + " but was stored at " + stored);
        }
        return new QuoteState(row.get("id", UUID.class), row.get("requirement_id", UUID.class),
                row.get("customer_id", UUID.class), row.get("owner_id", String.class), row.get("team", String.class),
                Objects.requireNonNull(row.get("quote_version", Integer.class)), row.get("supersedes_id", UUID.class),
                Objects.requireNonNull(RowValues.enumOf(row, "status", QuoteStatus.class)), lines,
                json.readValue(row.get("value_package", String.class), ValuePackage.class),
                overall.setScale(2, RoundingMode.UNNECESSARY),
                new PaymentTerms(List.of(json.readValue(row.get("payment_terms", String.class),
                        PaymentTerms.Milestone[].class))),
                pricing, Boolean.TRUE.equals(row.get("payment_terms_changed", Boolean.class)),
                Objects.requireNonNull(RowValues.enumOf(row, "approval_required", ApprovalLevel.class)),
                row.get("approved_by", String.class), RowValues.enumOf(row, "approved_role", ApprovalLevel.class),
                RowValues.instant(row, "approved_at"), row.get("decision_comment", String.class),
                row.get("issued_by", String.class), Objects.requireNonNull(RowValues.instant(row, "issued_at")),
                row.get("signed_by", String.class), RowValues.instant(row, "signed_at"),
                Objects.requireNonNull(row.get("version", Long.class)));
    }
}
