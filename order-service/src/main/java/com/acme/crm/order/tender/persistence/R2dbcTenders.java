package com.acme.crm.order.tender.persistence;

import com.acme.crm.chassis.persistence.RowValues;
import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.order.tender.Bid;
import com.acme.crm.order.tender.BidDecision;
import com.acme.crm.order.tender.BiddingTeamMember;
import com.acme.crm.order.tender.Outcome;
import com.acme.crm.order.tender.TenderState;
import com.acme.crm.order.tender.TenderStatus;
import com.acme.crm.order.tender.Tenders;

import io.r2dbc.spi.Readable;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** tender rows, one per tender; each step is a pair of who/when columns, the bidding team is JSON. */
@Repository
class R2dbcTenders implements Tenders {

    private static final TypeReference<List<BiddingTeamMember>> TEAM = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, customer_id, owner_id, team, title, submission_deadline, "
            + "estimated_value, status, reported_by, reported_at, decision, decided_by, decided_at, bid_summary, "
            + "bid_value, drafted_by, drafted_at, review_comment, reviewed_by, reviewed_at, "
            + "bidding_team::text as bidding_team, signed_by, signed_at, submitted_by, submitted_at, outcome, "
            + "competitor, competitor_price, outcome_by, outcome_at, quote_id, version";

    private final DatabaseClient db;
    private final JsonMapper json;

    R2dbcTenders(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public Mono<Void> insert(TenderState t) {
        return db.sql("""
                        insert into tender (id, customer_id, owner_id, team, title, submission_deadline,
                          estimated_value, status, reported_by, reported_at, version)
                        values (:id, :customer, :owner, :team, :title, :deadline, :estimate, :status, :by, :at, 0)""")
                .bind("id", t.id()).bind("customer", t.customerId()).bind("owner", t.ownerId())
                .bind("team", t.team()).bind("title", t.title()).bind("deadline", t.submissionDeadline())
                .bind("estimate", t.estimatedValue()).bind("status", t.status().name())
                .bind("by", t.reported().by()).bind("at", t.reported().at())
                .then();
    }

    @Override
    public Mono<Void> update(TenderState t) {
        // What the steps after the report change: the status and each step's who, when and what.
        TenderState.@Nullable Result result = t.result();
        return Sql.versionedUpdate(db.sql("""
                        update tender set status = :status, decision = :decision, decided_by = :decidedBy,
                          decided_at = :decidedAt, bid_summary = :bidSummary, bid_value = :bidValue,
                          drafted_by = :draftedBy, drafted_at = :draftedAt, review_comment = :reviewComment,
                          reviewed_by = :reviewedBy, reviewed_at = :reviewedAt,
                          bidding_team = cast(:biddingTeam as jsonb), signed_by = :signedBy, signed_at = :signedAt,
                          submitted_by = :submittedBy, submitted_at = :submittedAt, outcome = :outcome,
                          competitor = :competitor, competitor_price = :competitorPrice, outcome_by = :outcomeBy,
                          outcome_at = :outcomeAt, quote_id = :quote, version = version + 1
                        where id = :id and version = :version""")
                .bind("id", t.id()).bind("version", t.version()).bind("status", t.status().name())
                .bind("decision", Sql.orNull(t.decision() == null ? null : t.decision().name()))
                .bind("decidedBy", Sql.orNull(by(t.decided()))).bind("decidedAt", at(t.decided()))
                .bind("bidSummary", Sql.orNull(t.bid() == null ? null : t.bid().summary()))
                .bind("bidValue", Sql.orNull(t.bid() == null ? null : t.bid().value(), BigDecimal.class))
                .bind("draftedBy", Sql.orNull(by(t.drafted()))).bind("draftedAt", at(t.drafted()))
                .bind("reviewComment", Sql.orNull(t.reviewComment()))
                .bind("reviewedBy", Sql.orNull(by(t.reviewed()))).bind("reviewedAt", at(t.reviewed()))
                .bind("biddingTeam", json.writeValueAsString(t.biddingTeam()))
                .bind("signedBy", Sql.orNull(by(t.signed()))).bind("signedAt", at(t.signed()))
                .bind("submittedBy", Sql.orNull(by(t.submitted()))).bind("submittedAt", at(t.submitted()))
                .bind("outcome", Sql.orNull(result == null ? null : result.outcome().name()))
                .bind("competitor", Sql.orNull(result == null ? null : result.competitor()))
                .bind("competitorPrice", Sql.orNull(result == null ? null : result.competitorPrice(),
                        BigDecimal.class))
                .bind("outcomeBy", Sql.orNull(result == null ? null : result.by()))
                .bind("outcomeAt", Sql.orNull(result == null ? null : result.at(), Instant.class))
                .bind("quote", Sql.orNull(t.quoteId(), UUID.class)), "Tender", t.id());
    }

    @Override
    public Mono<TenderState> find(UUID id) {
        return db.sql("select " + COLUMNS + " from tender where id = :id").bind("id", id).map(this::read).one();
    }

    @Override
    public Flux<TenderState> page(DataScope scope, PageRequest page) {
        Sql.Where where = new Sql.Where().within(scope);
        return where.bindTo(db.sql("select " + COLUMNS + " from tender" + where.clause()
                        + " order by reported_at desc, id limit :limit offset :offset"))
                .bind("limit", page.size()).bind("offset", page.offset()).map(this::read).all();
    }

    @Override
    public Mono<Long> count(DataScope scope) {
        Sql.Where where = new Sql.Where().within(scope);
        return where.bindTo(db.sql("select count(*) from tender" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
    }

    private static @Nullable String by(TenderState.@Nullable Step step) {
        return step == null ? null : step.by();
    }

    private static Parameter at(TenderState.@Nullable Step step) {
        return Sql.orNull(step == null ? null : step.at(), Instant.class);
    }

    private TenderState read(Readable row) {
        String summary = row.get("bid_summary", String.class);
        BigDecimal bidValue = row.get("bid_value", BigDecimal.class);
        Outcome outcome = RowValues.enumOf(row, "outcome", Outcome.class);
        return new TenderState(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                row.get("owner_id", String.class), row.get("team", String.class), row.get("title", String.class),
                Objects.requireNonNull(RowValues.instant(row, "submission_deadline")),
                row.get("estimated_value", BigDecimal.class),
                Objects.requireNonNull(RowValues.enumOf(row, "status", TenderStatus.class)),
                Objects.requireNonNull(step(row, "reported")), RowValues.enumOf(row, "decision", BidDecision.class),
                step(row, "decided"), summary == null || bidValue == null ? null : new Bid(summary, bidValue),
                step(row, "drafted"), row.get("review_comment", String.class), step(row, "reviewed"),
                json.readValue(row.get("bidding_team", String.class), TEAM), step(row, "signed"),
                step(row, "submitted"),
                outcome == null ? null : new TenderState.Result(outcome, row.get("competitor", String.class),
                        row.get("competitor_price", BigDecimal.class), row.get("outcome_by", String.class),
                        Objects.requireNonNull(RowValues.instant(row, "outcome_at"))),
                row.get("quote_id", UUID.class), Objects.requireNonNull(row.get("version", Long.class)));
    }

    private static TenderState.@Nullable Step step(Readable row, String name) {
        String by = row.get(name + "_by", String.class);
        Instant at = RowValues.instant(row, name + "_at");
        return by == null || at == null ? null : new TenderState.Step(by, at);
    }
}
