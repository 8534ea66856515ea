package com.acme.crm.order.negotiation.persistence;

import com.acme.crm.chassis.persistence.RowValues;
import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.order.negotiation.NegotiationMember;
import com.acme.crm.order.negotiation.NegotiationState;
import com.acme.crm.order.negotiation.Negotiations;
import com.acme.crm.order.negotiation.OpenIssue;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** negotiation rows; the team and the issues are JSON, read and written whole, with the open issues counted beside. */
@Repository
class R2dbcNegotiations implements Negotiations {

    private static final TypeReference<List<NegotiationMember>> MEMBERS = new TypeReference<>() {
    };
    private static final TypeReference<List<OpenIssue>> ISSUES = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, quote_id, requirement_id, customer_id, owner_id, team, topic, held_at, "
            + "place, members::text as members, issues::text as issues, recorded_by, recorded_at, version";

    private final DatabaseClient db;
    private final JsonMapper json;

    R2dbcNegotiations(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public Mono<Void> insert(NegotiationState n) {
        return db.sql("""
                        insert into negotiation (id, quote_id, requirement_id, customer_id, owner_id, team, topic,
                          held_at, place, members, issues, open_issues, recorded_by, recorded_at, version)
                        values (:id, :quote, :requirement, :customer, :owner, :team, :topic, :heldAt, :place,
                          cast(:members as jsonb), cast(:issues as jsonb), :open, :by, :at, 0)""")
                .bind("id", n.id()).bind("quote", n.quoteId()).bind("requirement", n.requirementId())
                .bind("customer", n.customerId()).bind("owner", n.ownerId()).bind("team", n.team())
                .bind("topic", n.topic()).bind("heldAt", n.heldAt()).bind("place", n.place())
                .bind("members", json.writeValueAsString(n.members()))
                .bind("issues", json.writeValueAsString(n.issues())).bind("open", n.openIssues())
                .bind("by", n.recordedBy()).bind("at", n.recordedAt())
                .then();
    }

    @Override
    public Mono<Void> update(NegotiationState n) {
        return Sql.versionedUpdate(db.sql("""
                        update negotiation set quote_id = :quote, issues = cast(:issues as jsonb), open_issues = :open,
                          version = version + 1
                        where id = :id and version = :version""")
                .bind("id", n.id()).bind("version", n.version()).bind("quote", n.quoteId())
                .bind("issues", json.writeValueAsString(n.issues())).bind("open", n.openIssues()),
                "Negotiation", n.id());
    }

    @Override
    public Mono<NegotiationState> find(UUID id) {
        return db.sql("select " + COLUMNS + " from negotiation where id = :id").bind("id", id).map(this::read).one();
    }

    @Override
    public Flux<NegotiationState> page(DataScope scope, PageRequest page) {
        Sql.Where where = new Sql.Where().within(scope);
        return where.bindTo(db.sql("select " + COLUMNS + " from negotiation" + where.clause()
                        + " order by recorded_at desc, id limit :limit offset :offset"))
                .bind("limit", page.size()).bind("offset", page.offset()).map(this::read).all();
    }

    @Override
    public Mono<Long> count(DataScope scope) {
        Sql.Where where = new Sql.Where().within(scope);
        return where.bindTo(db.sql("select count(*) from negotiation" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
    }

    @Override
    public Mono<Long> openIssues(UUID requirementId) {
        return db.sql("select coalesce(sum(open_issues), 0) from negotiation "
                        + "where requirement_id = :requirement and open_issues > 0")
                .bind("requirement", requirementId)
                .map(row -> Objects.requireNonNull(row.get(0, Long.class))).one();
    }

    private NegotiationState read(Readable row) {
        return new NegotiationState(row.get("id", UUID.class), row.get("quote_id", UUID.class),
                row.get("requirement_id", UUID.class), row.get("customer_id", UUID.class),
                row.get("owner_id", String.class), row.get("team", String.class), row.get("topic", String.class),
                Objects.requireNonNull(RowValues.instant(row, "held_at")), row.get("place", String.class),
                json.readValue(row.get("members", String.class), MEMBERS),
                json.readValue(row.get("issues", String.class), ISSUES), row.get("recorded_by", String.class),
                Objects.requireNonNull(RowValues.instant(row, "recorded_at")),
                Objects.requireNonNull(row.get("version", Long.class)));
    }
}
