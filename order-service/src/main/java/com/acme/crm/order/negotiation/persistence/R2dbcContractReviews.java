package com.acme.crm.order.negotiation.persistence;

import com.acme.crm.chassis.persistence.RowValues;
import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.order.negotiation.ContractReviewState;
import com.acme.crm.order.negotiation.ContractReviewStatus;
import com.acme.crm.order.negotiation.ContractReviews;

import io.r2dbc.spi.Readable;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** contract_review rows, one per quote version. */
@Repository
class R2dbcContractReviews implements ContractReviews {

    private static final String COLUMNS = "id, quote_id, requirement_id, customer_id, owner_id, team, special_clauses, "
            + "customer_contract_text, document_reference, status, manager_approved_by, manager_approved_at, "
            + "gm_approved_by, gm_approved_at, decision_comment, signed_at, archived_at, archive_overdue_at, recorded_by, "
            + "recorded_at, version";

    private final DatabaseClient db;

    R2dbcContractReviews(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(ContractReviewState r) {
        return db.sql("""
                        insert into contract_review (id, quote_id, requirement_id, customer_id, owner_id, team,
                          special_clauses, customer_contract_text, document_reference, status, recorded_by,
                          recorded_at, version)
                        values (:id, :quote, :requirement, :customer, :owner, :team, :clauses, :customerText,
                          :document, :status, :by, :at, 0)""")
                .bind("id", r.id()).bind("quote", r.quoteId()).bind("requirement", r.requirementId())
                .bind("customer", r.customerId()).bind("owner", r.ownerId()).bind("team", r.team())
                .bind("clauses", Sql.orNull(r.specialClauses()))
                .bind("customerText", Sql.orNull(r.customerContractText()))
                .bind("document", Sql.orNull(r.documentReference())).bind("status", r.status().name())
                .bind("by", r.recordedBy()).bind("at", r.recordedAt())
                .then();
    }

    @Override
    public Mono<Void> update(ContractReviewState r) {
        ContractReviewState.@Nullable Approval manager = r.managerApproval();
        ContractReviewState.@Nullable Approval general = r.generalManagerApproval();
        return Sql.versionedUpdate(db.sql("""
                        update contract_review set special_clauses = :clauses,
                          customer_contract_text = :customerText, document_reference = :document, status = :status,
                          manager_approved_by = :managerBy, manager_approved_at = :managerAt,
                          gm_approved_by = :gmBy, gm_approved_at = :gmAt, decision_comment = :comment,
                          signed_at = :signedAt, archived_at = :archivedAt,
                          archive_overdue_at = :archiveOverdueAt, version = version + 1
                        where id = :id and version = :version""")
                .bind("id", r.id()).bind("version", r.version())
                .bind("clauses", Sql.orNull(r.specialClauses()))
                .bind("customerText", Sql.orNull(r.customerContractText()))
                .bind("document", Sql.orNull(r.documentReference())).bind("status", r.status().name())
                .bind("managerBy", Sql.orNull(manager == null ? null : manager.by()))
                .bind("managerAt", Sql.orNull(manager == null ? null : manager.at(), Instant.class))
                .bind("gmBy", Sql.orNull(general == null ? null : general.by()))
                .bind("gmAt", Sql.orNull(general == null ? null : general.at(), Instant.class))
                .bind("comment", Sql.orNull(r.decisionComment()))
                .bind("signedAt", Sql.orNull(r.signedAt(), Instant.class))
                .bind("archivedAt", Sql.orNull(r.archivedAt(), Instant.class))
                .bind("archiveOverdueAt", Sql.orNull(r.archiveOverdueAt(), Instant.class)), "Contract review", r.id());
    }

    @Override
    public Mono<ContractReviewState> find(UUID id) {
        return db.sql("select " + COLUMNS + " from contract_review where id = :id").bind("id", id).map(this::read)
                .one();
    }

    @Override
    public Mono<ContractReviewState> forQuote(UUID quoteId) {
        return db.sql("select " + COLUMNS + " from contract_review where quote_id = :quote").bind("quote", quoteId)
                .map(this::read).one();
    }

    @Override
    public Mono<SigningCheck> signingCheck(UUID requirementId) {
        // One round trip on the signing path: the open-issue sum on every row, and a single row of nulls when the
        // requirement has no review (the common case).
        return db.sql("select (select coalesce(sum(open_issues), 0) from negotiation where requirement_id = :requirement"
                        + " and open_issues > 0) as open_issues, " + COLUMNS
                        + " from (values (1)) as one left join contract_review on requirement_id = :requirement"
                        + " order by recorded_at, id")
                .bind("requirement", requirementId)
                .map(row -> new CheckRow(Objects.requireNonNull(row.get("open_issues", Long.class)),
                        row.get("id", UUID.class) == null ? null : read(row)))
                .all()
                .collectList()
                .map(rows -> new SigningCheck(rows.isEmpty() ? 0 : rows.get(0).openIssues(),
                        rows.stream().map(CheckRow::review).filter(Objects::nonNull).toList()));
    }

    private record CheckRow(long openIssues, @Nullable ContractReviewState review) {
    }

    @Override
    public Flux<ContractReviewState> lockArchiveDue(Instant signedBefore, int limit) {
        return db.sql("select " + COLUMNS + " from contract_review where signed_at is not null"
                        + " and archived_at is null and archive_overdue_at is null and signed_at < :before"
                        + " order by signed_at limit :limit for update skip locked")
                .bind("before", signedBefore).bind("limit", limit).map(this::read).all();
    }

    @Override
    public Mono<Void> flagArchiveOverdue(List<UUID> ids, Instant at) {
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("update contract_review set archive_overdue_at = :at, version = version + 1"
                        + " where id = any(:ids) and archived_at is null and archive_overdue_at is null")
                .bind("at", at).bind("ids", ids.toArray(UUID[]::new)).then();
    }

    @Override
    public Flux<ContractReviewState> page(DataScope scope, boolean archiveOverdue, PageRequest page) {
        Sql.Where where = where(scope, archiveOverdue);
        return where.bindTo(db.sql("select " + COLUMNS + " from contract_review" + where.clause()
                        + (archiveOverdue ? " order by signed_at, id" : " order by recorded_at desc, id")
                        + " limit :limit offset :offset"))
                .bind("limit", page.size()).bind("offset", page.offset()).map(this::read).all();
    }

    @Override
    public Mono<Long> count(DataScope scope, boolean archiveOverdue) {
        Sql.Where where = where(scope, archiveOverdue);
        return where.bindTo(db.sql("select count(*) from contract_review" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
    }

    private static Sql.Where where(DataScope scope, boolean archiveOverdue) {
        Sql.Where where = new Sql.Where().within(scope);
        return archiveOverdue ? where.and("archive_overdue_at is not null and archived_at is null") : where;
    }

    private ContractReviewState read(Readable row) {
        return new ContractReviewState(row.get("id", UUID.class), row.get("quote_id", UUID.class),
                row.get("requirement_id", UUID.class), row.get("customer_id", UUID.class),
                row.get("owner_id", String.class), row.get("team", String.class),
                row.get("special_clauses", String.class), row.get("customer_contract_text", String.class),
                row.get("document_reference", String.class),
                Objects.requireNonNull(RowValues.enumOf(row, "status", ContractReviewStatus.class)),
                approval(row, "manager_approved"), approval(row, "gm_approved"),
                row.get("decision_comment", String.class), RowValues.instant(row, "signed_at"),
                RowValues.instant(row, "archived_at"), RowValues.instant(row, "archive_overdue_at"),
                row.get("recorded_by", String.class),
                Objects.requireNonNull(RowValues.instant(row, "recorded_at")),
                Objects.requireNonNull(row.get("version", Long.class)));
    }

    private static ContractReviewState.@Nullable Approval approval(Readable row, String prefix) {
        String by = row.get(prefix + "_by", String.class);
        Instant at = RowValues.instant(row, prefix + "_at");
        return by == null || at == null ? null : new ContractReviewState.Approval(by, at);
    }
}
