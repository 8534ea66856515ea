package com.acme.crm.lead.lead.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.lead.lead.Channel;
import com.acme.crm.lead.lead.Contact;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadQuery;
import com.acme.crm.lead.lead.LeadRepository;
import com.acme.crm.lead.lead.LeadState;
import com.acme.crm.lead.lead.LeadStatus;

import io.r2dbc.spi.Statement;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;
import static com.acme.crm.lead.lead.persistence.LeadRowMapper.COLUMNS;

/** Reads and writes leads with plain SQL; every list query is bounded and served by an index. */
@Repository
class R2dbcLeadRepository implements LeadRepository {

    private static final String OPEN = "status in ('NEW', 'CONTACTED')";

    private final DatabaseClient db;
    private final Clock clock;

    R2dbcLeadRepository(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Mono<Void> insert(Lead lead) {
        LeadState s = lead.state();
        return bindState(db.sql("""
                        insert into lead (id, name, company, phone, email, phone_fingerprint, email_fingerprint, channel,
                          referrer_customer_id, notes, owner_id, team, status, grade, captured_by, captured_at,
                          first_contact_due_at, follow_up_email_due_at, first_contacted_at, first_contact_breached_at,
                          follow_up_email_sent_at, follow_up_email_breached_at, last_touch_at, last_outbound_contact_at,
                          archive_reason, status_before_archive, linked_customer_id, customer_id, converted_at,
                          version, updated_at)
                        values (:id, :name, :company, :phone, :email, :phoneFp, :emailFp, :channel, :referrer, :notes,
                          :owner, :team, :status, :grade, :capturedBy, :capturedAt, :due, :emailDue, :contactedAt,
                          :breachedAt, :emailSentAt, :emailBreachedAt, :lastTouch, :lastOutbound, :archiveReason,
                          :statusBeforeArchive, :linkedCustomer, :customer, :convertedAt, 0, :now)"""), s)
                .bind("name", s.name())
                .bind("company", Sql.orNull(s.company()))
                .bind("phone", Sql.orNull(s.contact().phone()))
                .bind("email", Sql.orNull(s.contact().email()))
                .bind("phoneFp", Sql.orNull(s.contact().phoneFingerprint()))
                .bind("emailFp", Sql.orNull(s.contact().emailFingerprint()))
                .bind("channel", s.channel().name())
                .bind("referrer", Sql.orNull(s.referrerCustomerId(), UUID.class))
                .bind("notes", Sql.orNull(s.notes()))
                .bind("team", s.team())
                .bind("capturedBy", s.capturedBy())
                .bind("capturedAt", s.capturedAt())
                .bind("due", s.firstContactDueAt())
                .bind("emailDue", Sql.orNull(s.followUpEmailDueAt(), Instant.class))
                .bind("linkedCustomer", Sql.orNull(s.linkedCustomerId(), UUID.class))
                .then()
                .then(recordCapture(s.id(), s.channel(), s.capturedBy(), s.capturedAt()));
    }

    @Override
    public Mono<Void> insertAll(List<Lead> leads) {
        if (leads.isEmpty()) {
            return Mono.empty();
        }
        Instant now = clock.instant();
        return db.inConnectionMany(connection -> {
            Statement insert = connection.createStatement("""
                    insert into lead (id, name, company, phone, email, phone_fingerprint, email_fingerprint, channel,
                      referrer_customer_id, notes, owner_id, team, status, captured_by, captured_at,
                      first_contact_due_at, follow_up_email_due_at, last_touch_at, linked_customer_id, version,
                      updated_at)
                    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, 0, $20)""");
            for (int i = 0; i < leads.size(); i++) {
                LeadState s = leads.get(i).state();
                Object[] values = {s.id(), s.name(), s.company(), s.contact().phone(), s.contact().email(),
                        s.contact().phoneFingerprint(), s.contact().emailFingerprint(), s.channel().name(),
                        s.referrerCustomerId(), s.notes(), s.ownerId(), s.team(), s.status().name(), s.capturedBy(),
                        s.capturedAt(), s.firstContactDueAt(), s.followUpEmailDueAt(), s.lastTouchAt(),
                        s.linkedCustomerId(), now};
                Class<?>[] types = {UUID.class, String.class, String.class, String.class, String.class, String.class,
                        String.class, String.class, UUID.class, String.class, String.class, String.class, String.class,
                        String.class, Instant.class, Instant.class, Instant.class, Instant.class, UUID.class,
                        Instant.class};
                for (int p = 0; p < values.length; p++) {
                    if (values[p] == null) {
                        insert.bindNull(p, types[p]);
                    } else {
                        insert.bind(p, values[p]);
                    }
                }
                if (i < leads.size() - 1) {
                    insert.add();
                }
            }
            return Flux.from(insert.execute()).flatMap(result -> result.getRowsUpdated());
        }).then(db.sql("""
                        insert into lead_capture (id, lead_id, channel, captured_by, captured_at)
                        select gen_random_uuid(), l.id, l.channel, l.captured_by, l.captured_at
                        from lead l where l.id = any(:ids)""")
                .bind("ids", leads.stream().map(Lead::id).toArray(UUID[]::new))
                .then());
    }

    @Override
    public Mono<Void> update(Lead lead) {
        LeadState s = lead.state();
        return Sql.versionedUpdate(bindState(db.sql("""
                        update lead set owner_id = :owner, status = :status, grade = :grade,
                          first_contacted_at = :contactedAt, first_contact_breached_at = :breachedAt,
                          follow_up_email_sent_at = :emailSentAt, follow_up_email_breached_at = :emailBreachedAt,
                          last_touch_at = :lastTouch, last_outbound_contact_at = :lastOutbound,
                          archive_reason = :archiveReason, status_before_archive = :statusBeforeArchive,
                          customer_id = :customer, converted_at = :convertedAt, version = version + 1, updated_at = :now
                        where id = :id and version = :version"""), s)
                .bind("version", s.version()), "Lead", s.id());
    }

    private DatabaseClient.GenericExecuteSpec bindState(DatabaseClient.GenericExecuteSpec spec, LeadState s) {
        return spec.bind("id", s.id())
                .bind("owner", s.ownerId())
                .bind("status", s.status().name())
                .bind("grade", Sql.orNull(s.grade() == null ? null : s.grade().name()))
                .bind("contactedAt", Sql.orNull(s.firstContactedAt(), Instant.class))
                .bind("breachedAt", Sql.orNull(s.firstContactBreachedAt(), Instant.class))
                .bind("emailSentAt", Sql.orNull(s.followUpEmailSentAt(), Instant.class))
                .bind("emailBreachedAt", Sql.orNull(s.followUpEmailBreachedAt(), Instant.class))
                .bind("lastTouch", s.lastTouchAt())
                .bind("lastOutbound", Sql.orNull(s.lastOutboundContactAt(), Instant.class))
                .bind("archiveReason", Sql.orNull(s.archiveReason() == null ? null : s.archiveReason().name()))
                .bind("statusBeforeArchive", Sql.orNull(s.statusBeforeArchive() == null ? null : s.statusBeforeArchive().name()))
                .bind("customer", Sql.orNull(s.customerId(), UUID.class))
                .bind("convertedAt", Sql.orNull(s.convertedAt(), Instant.class))
                .bind("now", clock.instant());
    }

    @Override
    public Mono<Lead> lockById(UUID id) {
        return db.sql("select " + COLUMNS + " from lead where id = :id for update")
                .bind("id", id)
                .map(LeadRowMapper::toLead)
                .one();
    }

    @Override
    public Mono<Lead> findById(UUID id) {
        return db.sql("select " + COLUMNS + " from lead where id = :id")
                .bind("id", id)
                .map(LeadRowMapper::toLead)
                .one();
    }

    @Override
    public Mono<PageResponse<Lead>> search(LeadQuery query, DataScope scope, PageRequest page) {
        Sql.Where where = LeadFilters.where(query, scope, clock.instant());
        Mono<Long> total = where.bindTo(db.sql("select count(*) from lead" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
        Mono<List<Lead>> items = where.bindTo(db.sql("select " + COLUMNS + " from lead" + where.clause()
                        + " order by " + query.sort().orderBy() + " limit :limit offset :offset")
                        .bind("limit", page.size()).bind("offset", page.offset()))
                .map(LeadRowMapper::toLead).all().collectList();
        return Mono.zip(items, total).map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    @Override
    public Mono<Void> lockFingerprints(Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Mono.empty();
        }
        // In a stable order, so two transactions locking overlapping sets cannot deadlock.
        return db.sql("select pg_advisory_xact_lock(hashtext(fp)) from (select distinct unnest(:fps) as fp order by 1) f")
                .bind("fps", fingerprints.toArray(String[]::new))
                .fetch().all()
                .then();
    }

    @Override
    public Flux<Lead> findAllOpenByFingerprints(Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("select " + COLUMNS + " from lead where " + OPEN
                        + " and (phone_fingerprint = any(:fps) or email_fingerprint = any(:fps))"
                        + " order by captured_at, id")
                .bind("fps", fingerprints.toArray(String[]::new))
                .map(LeadRowMapper::toLead)
                .all();
    }

    @Override
    public Mono<Lead> findOpenByFingerprints(Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Mono.empty();
        }
        String[] values = fingerprints.toArray(String[]::new);
        return db.sql("select " + COLUMNS + " from lead where " + OPEN
                        + " and (phone_fingerprint = any(:fps) or email_fingerprint = any(:fps))"
                        + " order by captured_at, id limit 1")
                .bind("fps", values)
                .map(LeadRowMapper::toLead)
                .one();
    }

    @Override
    public Mono<Void> recordCapture(UUID leadId, Channel channel, String capturedBy, Instant at) {
        return db.sql("""
                        insert into lead_capture (id, lead_id, channel, captured_by, captured_at)
                        values (:id, :lead, :channel, :by, :at)""")
                .bind("id", UUID.randomUUID()).bind("lead", leadId).bind("channel", channel.name())
                .bind("by", capturedBy).bind("at", at)
                .then();
    }

    @Override
    public Mono<Void> recordContact(UUID leadId, Contact contact, String recordedBy) {
        return db.sql("""
                        insert into lead_contact (id, lead_id, at, method, direction, outcome, notes, recorded_by)
                        values (:id, :lead, :at, :method, :direction, :outcome, :notes, :by)""")
                .bind("id", UUID.randomUUID()).bind("lead", leadId).bind("at", contact.at())
                .bind("method", contact.method().name()).bind("direction", contact.direction().name())
                .bind("outcome", contact.outcome().name()).bind("notes", Sql.orNull(contact.notes()))
                .bind("by", recordedBy)
                .then();
    }

    @Override
    public Flux<ContactEntry> contacts(UUID leadId) {
        return db.sql("select id, at, method, direction, outcome, notes, recorded_by from lead_contact"
                        + " where lead_id = :lead order by at desc limit 500")
                .bind("lead", leadId)
                .map(row -> new ContactEntry(row.get("id", UUID.class), new Contact(
                        Contact.Method.valueOf(row.get("method", String.class)),
                        Contact.Direction.valueOf(row.get("direction", String.class)),
                        Contact.Outcome.valueOf(row.get("outcome", String.class)),
                        row.get("notes", String.class), instant(row, "at")),
                        row.get("recorded_by", String.class)))
                .all();
    }

    @Override
    public Flux<Lead> lockBreachCandidates(Instant now, int limit) {
        return db.sql("select " + COLUMNS + " from lead where " + OPEN + " and ("
                        + "(first_contacted_at is null and first_contact_breached_at is null and first_contact_due_at < :now)"
                        + " or (follow_up_email_due_at < :now and follow_up_email_sent_at is null"
                        + " and follow_up_email_breached_at is null))"
                        + " order by first_contact_due_at limit :limit for update skip locked")
                .bind("now", now).bind("limit", limit)
                .map(LeadRowMapper::toLead)
                .all();
    }

    @Override
    public Flux<Lead> lockNurtureCandidates(Instant untouchedSince, int limit) {
        return db.sql("select " + COLUMNS + " from lead l where " + OPEN + " and last_touch_at < :cutoff"
                        + " and not exists (select 1 from lead_task t where t.lead_id = l.id and t.kind = 'NURTURE'"
                        + " and t.done_at is null)"
                        + " order by last_touch_at limit :limit for update skip locked")
                .bind("cutoff", untouchedSince).bind("limit", limit)
                .map(LeadRowMapper::toLead)
                .all();
    }
}
