package com.acme.crm.lead.lead.persistence;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.lead.lead.Channel;
import com.acme.crm.lead.lead.ContactDetails;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadQuery;
import com.acme.crm.lead.lead.LeadRepository;
import com.acme.crm.lead.lead.LeadRows;
import com.acme.crm.lead.lead.LeadStatus;

import com.acme.crm.chassis.persistence.Sql;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Reads and writes leads with plain SQL; every list query is bounded and served by an index. */
@Repository
class R2dbcLeadRepository implements LeadRepository {

    private static final String COLUMNS = """
            id, name, company, phone, email, phone_fingerprint, email_fingerprint, channel, referrer_customer_id,
            notes, owner_id, team, status, captured_by, captured_at, first_contact_due_at, follow_up_email_due_at,
            first_contacted_at, version""";

    private final DatabaseClient db;
    private final Clock clock;

    R2dbcLeadRepository(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Mono<Void> insert(Lead lead) {
        return db.sql("""
                        insert into lead (id, name, company, phone, email, phone_fingerprint, email_fingerprint, channel,
                          referrer_customer_id, notes, owner_id, team, status, captured_by, captured_at,
                          first_contact_due_at, follow_up_email_due_at, first_contacted_at, version, updated_at)
                        values (:id, :name, :company, :phone, :email, :phoneFp, :emailFp, :channel, :referrer, :notes,
                          :owner, :team, :status, :capturedBy, :capturedAt, :due, :emailDue, :contactedAt, 0, :now)""")
                .bind("id", lead.id())
                .bind("name", lead.name())
                .bind("company", Sql.orNull(lead.company()))
                .bind("phone", Sql.orNull(lead.contact().phone()))
                .bind("email", Sql.orNull(lead.contact().email()))
                .bind("phoneFp", Sql.orNull(lead.contact().phoneFingerprint()))
                .bind("emailFp", Sql.orNull(lead.contact().emailFingerprint()))
                .bind("channel", lead.channel().name())
                .bind("referrer", Sql.orNull(lead.referrerCustomerId(), UUID.class))
                .bind("notes", Sql.orNull(lead.notes()))
                .bind("owner", lead.ownerId())
                .bind("team", lead.team())
                .bind("status", lead.status().name())
                .bind("capturedBy", lead.capturedBy())
                .bind("capturedAt", lead.capturedAt())
                .bind("due", lead.firstContactDueAt())
                .bind("emailDue", Sql.orNull(lead.followUpEmailDueAt(), Instant.class))
                .bind("contactedAt", Sql.orNull(lead.firstContactedAt(), Instant.class))
                .bind("now", clock.instant())
                .then();
    }

    @Override
    public Mono<Lead> findById(UUID id) {
        return db.sql("select " + COLUMNS + " from lead where id = :id")
                .bind("id", id)
                .map(R2dbcLeadRepository::toLead)
                .one();
    }

    @Override
    public Mono<PageResponse<Lead>> search(LeadQuery query, DataScope scope, PageRequest page) {
        Sql.Where where = new Sql.Where();
        if (!scope.all()) {
            if (scope.ownerId() != null) {
                where.and("owner_id = :scopeOwner", "scopeOwner", scope.ownerId());
            } else {
                where.and("team = :scopeTeam", "scopeTeam", scope.team());
            }
        }
        if (query.status() != null) {
            where.and("status = :status", "status", query.status().name());
        }
        if (query.channel() != null) {
            where.and("channel = :channel", "channel", query.channel().name());
        }
        if (query.ownerId() != null) {
            where.and("owner_id = :owner", "owner", query.ownerId());
        }
        if (query.team() != null) {
            where.and("team = :team", "team", query.team());
        }
        if (query.capturedFrom() != null) {
            where.and("captured_at >= :from", "from", query.capturedFrom());
        }
        if (query.capturedTo() != null) {
            where.and("captured_at < :to", "to", query.capturedTo());
        }
        if (query.overdue() != null) {
            String overdue = "first_contacted_at is null and first_contact_due_at < :now";
            where.and(query.overdue() ? overdue : "not (" + overdue + ")", "now", clock.instant());
        }
        Mono<Long> total = where.bindTo(db.sql("select count(*) from lead" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
        Mono<java.util.List<Lead>> items = where.bindTo(db.sql("select " + COLUMNS + " from lead" + where.clause()
                        + " order by " + query.sort().orderBy() + " limit :limit offset :offset")
                        .bind("limit", page.size()).bind("offset", page.offset()))
                .map(R2dbcLeadRepository::toLead).all().collectList();
        return Mono.zip(items, total).map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    private static Lead toLead(Readable row) {
        return LeadRows.restore(
                row.get("id", UUID.class),
                row.get("name", String.class),
                row.get("company", String.class),
                new ContactDetails(row.get("phone", String.class), row.get("email", String.class),
                        row.get("phone_fingerprint", String.class), row.get("email_fingerprint", String.class)),
                Channel.valueOf(row.get("channel", String.class)),
                row.get("referrer_customer_id", UUID.class),
                row.get("notes", String.class),
                row.get("owner_id", String.class),
                row.get("team", String.class),
                row.get("captured_by", String.class),
                instant(row, "captured_at"),
                instant(row, "first_contact_due_at"),
                instant(row, "follow_up_email_due_at"),
                LeadStatus.valueOf(row.get("status", String.class)),
                instant(row, "first_contacted_at"),
                row.get("version", Long.class));
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
