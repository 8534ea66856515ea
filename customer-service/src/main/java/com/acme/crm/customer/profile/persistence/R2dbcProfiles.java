package com.acme.crm.customer.profile.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.customer.profile.Anniversary;
import com.acme.crm.customer.profile.ChainLink;
import com.acme.crm.customer.profile.ContactBirthday;
import com.acme.crm.customer.profile.ProfileState;
import com.acme.crm.customer.profile.Profiles;
import com.acme.crm.customer.profile.ReminderCalendar;

import io.r2dbc.spi.Readable;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/**
 * Profiles with plain SQL. The reminder scan is one statement per batch: the window's month-days joined to the
 * birthdays (set on the profile, else registered) and anniversaries, plus decision times in range, minus what
 * {@code profile_reminder} already holds.
 */
@Repository
class R2dbcProfiles implements Profiles {

    private static final TypeReference<List<ChainLink>> CHAIN = new TypeReference<>() { };

    private static final String DUE = """
            with w(md, occurs_on) as (select * from unnest(cast(:mds as int[]), cast(:days as date[]))),
            birthdays as (
              select cc.customer_id, cc.id as contact_id,
                case when pb.contact_id is null then cc.birthday else pb.birthday end as birthday
              from customer_contact cc left join customer_profile_birthday pb on pb.contact_id = cc.id),
            due as (
              select b.customer_id, 'BIRTHDAY' as kind, 'birthday:' || b.contact_id as subject, w.occurs_on
              from birthdays b join w on w.md = extract(month from b.birthday)::int * 100
                + extract(day from b.birthday)::int
              union all
              select p.customer_id, 'ANNIVERSARY', 'anniversary', w.occurs_on
              from customer_profile p join w on w.md = p.anniversary_month * 100 + p.anniversary_day
              union all
              select p.customer_id, 'DECISION_TIME', 'decision-time', p.decision_time
              from customer_profile p where p.decision_time between :today and :last)
            select d.customer_id, d.kind, d.subject, d.occurs_on from due d
            where not exists (select 1 from profile_reminder r where r.customer_id = d.customer_id
              and r.subject = d.subject and r.occurs_on = d.occurs_on)
            order by d.customer_id, d.subject
            limit :limit""";

    private final DatabaseClient db;
    private final JsonMapper json;
    private final Clock clock;

    R2dbcProfiles(DatabaseClient db, JsonMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Mono<ProfileState> find(UUID customerId) {
        return db.sql("select contact_id, birthday from customer_profile_birthday where customer_id = :id")
                .bind("id", customerId)
                .map(row -> new ContactBirthday(row.get("contact_id", UUID.class), row.get("birthday", LocalDate.class)))
                .all().collectList()
                .flatMap(birthdays -> db.sql("""
                                select decision_chain::text as chain, budget, decision_time, preferences,
                                  anniversary_month, anniversary_day, founded_year, version, updated_at, updated_by
                                from customer_profile where customer_id = :id""")
                        .bind("id", customerId)
                        .map(row -> new ProfileState(customerId, json.readValue(row.get("chain", String.class), CHAIN),
                                row.get("budget", BigDecimal.class), row.get("decision_time", LocalDate.class),
                                row.get("preferences", String.class), anniversary(row), birthdays,
                                row.get("version", Long.class), instant(row, "updated_at"),
                                row.get("updated_by", String.class)))
                        .one());
    }

    @Override
    public Mono<Void> save(ProfileState p, long previousVersion) {
        Anniversary anniversary = p.anniversary();
        DatabaseClient.GenericExecuteSpec upsert = db.sql("""
                        insert into customer_profile as cp (customer_id, decision_chain, budget, decision_time,
                          preferences, anniversary_month, anniversary_day, founded_year, version, updated_at, updated_by)
                        values (:id, cast(:chain as jsonb), :budget, :decisionTime, :preferences, :month, :day, :founded,
                          :version, :updatedAt, :updatedBy)
                        on conflict (customer_id) do update set decision_chain = excluded.decision_chain,
                          budget = excluded.budget, decision_time = excluded.decision_time,
                          preferences = excluded.preferences, anniversary_month = excluded.anniversary_month,
                          anniversary_day = excluded.anniversary_day, founded_year = excluded.founded_year,
                          version = excluded.version, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        where cp.version = :previous""")
                .bind("id", p.customerId())
                .bind("chain", json.writeValueAsString(p.decisionChain()))
                .bind("budget", Sql.orNull(p.budget(), BigDecimal.class))
                .bind("decisionTime", Sql.orNull(p.decisionTime(), LocalDate.class))
                .bind("preferences", Sql.orNull(p.preferences()))
                .bind("month", Sql.orNull(anniversary == null ? null : (short) anniversary.month(), Short.class))
                .bind("day", Sql.orNull(anniversary == null ? null : (short) anniversary.day(), Short.class))
                .bind("founded", Sql.orNull(anniversary == null || anniversary.foundedYear() == null ? null
                        : anniversary.foundedYear().shortValue(), Short.class))
                .bind("version", p.version())
                .bind("updatedAt", p.updatedAt() == null ? clock.instant() : p.updatedAt())
                .bind("updatedBy", p.updatedBy() == null ? "system" : p.updatedBy())
                .bind("previous", previousVersion);
        return upsert.fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : Mono.error(new OptimisticLockingFailureException(
                        "Profile of customer " + p.customerId() + " was changed concurrently")))
                .then(db.sql("delete from customer_profile_birthday where customer_id = :id")
                        .bind("id", p.customerId()).then())
                .then(insertBirthdays(p.customerId(), p.birthdays()));
    }

    private Mono<Void> insertBirthdays(UUID customerId, List<ContactBirthday> birthdays) {
        if (birthdays.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        insert into customer_profile_birthday (contact_id, customer_id, birthday)
                        select b.contact, :customer, b.birthday::date from unnest(:contacts, :birthdays) as b(contact, birthday)""")
                .bind("customer", customerId)
                .bind("contacts", birthdays.stream().map(ContactBirthday::contactId).toArray(UUID[]::new))
                .bind("birthdays", birthdays.stream().map(b -> b.birthday() == null ? null : b.birthday().toString())
                        .toArray(String[]::new))
                .then();
    }

    @Override
    public Flux<DueDate> dueDates(List<ReminderCalendar.WindowDay> window, LocalDate today, LocalDate lastDay,
                                  int limit) {
        return db.sql(DUE)
                .bind("mds", window.stream().map(ReminderCalendar.WindowDay::monthDay).toArray(Integer[]::new))
                .bind("days", window.stream().map(day -> day.occursOn().toString()).toArray(String[]::new))
                .bind("today", today).bind("last", lastDay).bind("limit", limit)
                .map(row -> new DueDate(row.get("customer_id", UUID.class),
                        DateKind.valueOf(row.get("kind", String.class)), row.get("subject", String.class),
                        row.get("occurs_on", LocalDate.class)))
                .all();
    }

    @Override
    public Flux<UUID> recordReminders(List<Reminded> reminders) {
        if (reminders.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("""
                        insert into profile_reminder (customer_id, subject, occurs_on, task_id, reminded_at)
                        select r.customer, r.subject, r.occurs::date, r.task, :now
                        from unnest(:customers, :subjects, :occurs, :tasks) as r(customer, subject, occurs, task)
                        on conflict do nothing
                        returning task_id""")
                .bind("customers", reminders.stream().map(r -> r.date().customerId()).toArray(UUID[]::new))
                .bind("subjects", reminders.stream().map(r -> r.date().subject()).toArray(String[]::new))
                .bind("occurs", reminders.stream().map(r -> r.date().occursOn().toString()).toArray(String[]::new))
                .bind("tasks", reminders.stream().map(Reminded::taskId).toArray(UUID[]::new))
                .bind("now", clock.instant())
                .map(row -> row.get("task_id", UUID.class))
                .all();
    }

    private static @Nullable Anniversary anniversary(Readable row) {
        Short month = row.get("anniversary_month", Short.class);
        Short day = row.get("anniversary_day", Short.class);
        Short founded = row.get("founded_year", Short.class);
        return month == null || day == null ? null
                : new Anniversary(month, day, founded == null ? null : founded.intValue());
    }
}
