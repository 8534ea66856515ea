package com.acme.crm.customer.profile;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.jobs.JobRun;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.customer.LeadServiceStub;
import com.acme.crm.customer.customer.TeamCustomers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C-11's daily reminder run on the real PostgreSQL: across the Shanghai day boundary, once per date and year, and at
 * the volume of a book of business. Other tests' customers share the database, so every count is of this test's team.
 */
@CrmIntegrationTest
class ProfileRemindersIntegrationTest extends LeadServiceStub {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;
    @Autowired
    Jobs jobs;
    @Autowired
    ProfileReminders reminders;

    private String team;

    /**
     * The team's 1,000 customers leave with the test: left behind, a later test that moves the clock six months would
     * find them all dormancy candidates and its own customer's event would queue behind theirs (C-9).
     */
    @AfterEach
    void forgetTheTeam() {
        TeamCustomers.forget(db, team);
    }

    @BeforeEach
    void team() {
        team = TestTokens.uniqueTeam();
    }

    @Test
    void c11_aBirthdayIsRemindedByTheRunAt0001ShanghaiNotAt2359TheDayBeforeAsTheClockMoves() {
        ZonedDateTime now = clock.instant().atZone(SHANGHAI);
        ZonedDateTime lastMinute = now.toLocalDate().atTime(23, 59).atZone(SHANGHAI);
        if (!lastMinute.isAfter(now)) {
            lastMinute = lastMinute.plusDays(1);
        }
        clock.advance(Duration.between(now.toInstant(), lastMinute.toInstant())); // less than a day
        LocalDate eightDaysOn = lastMinute.toLocalDate().plusDays(8);
        UUID customer = seedCustomers(1, LocalDate.of(1984, eightDaysOn.getMonth(), eightDaysOn.getDayOfMonth()));

        run();
        assertThat(reminders()).as("23:59 Shanghai: the birthday is eight days away").isZero();

        Instant firstMinute = clock.advance(Duration.ofMinutes(2));
        assertThat(firstMinute.atZone(ZoneOffset.UTC).toLocalDate()).as("UTC is still on the day before")
                .isEqualTo(lastMinute.toLocalDate());
        run();
        run();

        assertThat(reminders()).isEqualTo(1);
        assertThat(count("select count(*) from profile_reminder where customer_id = '" + customer + "'"
                + " and occurs_on = '" + eightDaysOn + "'")).isEqualTo(1);
        assertThat(count("select count(*) from customer_task where team = '" + team + "' and kind = 'DATE_REMINDER'"
                + " and owner_id = 'rep-" + team + "' and due_at = created_at and note not like '%1984%'"))
                .as("the owner's task, due at once, naming no birthday").isEqualTo(1);
        web.get().uri("/api/customer-tasks").headers(h -> h.setBearerAuth(TestTokens.rep("rep-" + team, team)))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.kind == 'DATE_REMINDER')].customerId").isEqualTo(customer.toString());
    }

    /**
     * The year's last days without moving the shared clock there (it only moves forward, and other tests pin dates
     * within a year of today): the run is made as at 23:59 on 24 December and 00:01 on 25 December, Shanghai.
     */
    @Test
    void c11_aFirstOfJanuaryBirthdayIsRemindedOnceInTheNewYearByTheRunAt0001OnTheTwentyFifth() {
        ZonedDateTime now = clock.instant().atZone(SHANGHAI);
        ZonedDateTime eve = LocalDate.of(now.getYear(), 12, 24).atTime(23, 59).atZone(SHANGHAI);
        if (!eve.isAfter(now)) {
            eve = eve.plusYears(1);
        }
        UUID customer = seedCustomers(1, LocalDate.of(1980, 1, 1));

        remindAt(eve.toInstant());
        assertThat(reminders()).isZero();
        remindAt(eve.plusMinutes(2).toInstant());
        remindAt(eve.plusMinutes(3).toInstant());

        assertThat(reminders()).isEqualTo(1);
        assertThat(count("select count(*) from profile_reminder where customer_id = '" + customer + "'"
                + " and occurs_on = '" + (eve.getYear() + 1) + "-01-01'")).isEqualTo(1);
    }

    @Test
    void c11_theAnniversaryAndTheDecisionTimeAreRemindedOnceEach() {
        LocalDate today = clock.instant().atZone(SHANGHAI).toLocalDate();
        UUID customer = seedCustomers(1, null);
        LocalDate anniversary = today.plusDays(2);
        db.sql("""
                        insert into customer_profile (customer_id, decision_time, anniversary_month, anniversary_day,
                          version, updated_at, updated_by)
                        values (:c, :decision, :month, :day, 1, now(), 'test')""")
                .bind("c", customer).bind("decision", today.plusDays(7))
                .bind("month", (short) anniversary.getMonthValue()).bind("day", (short) anniversary.getDayOfMonth())
                .then().block(Duration.ofSeconds(10));

        run();
        run();

        assertThat(count("select count(*) from profile_reminder where customer_id = '" + customer + "'")).isEqualTo(2);
        assertThat(count("select count(*) from customer_task where team = '" + team + "' and kind = 'DATE_REMINDER'"
                + " and (note like '%decides on " + today.plusDays(7) + "%' or note like '%anniversary is on "
                + anniversary + "%')")).isEqualTo(2);
    }

    @Test
    void c11_aThousandBirthdaysDueOpenAThousandTasksAndASecondRunOpensNone() {
        LocalDate in3Days = clock.instant().atZone(SHANGHAI).toLocalDate().plusDays(3);
        LocalDate birthday = LocalDate.of(1984, in3Days.getMonthValue(), in3Days.getDayOfMonth()); // 1984 has a 29 Feb
        seedCustomers(1_000, birthday);

        run();
        assertThat(reminders()).isEqualTo(1_000);
        run();

        assertThat(reminders()).isEqualTo(1_000);
        assertThat(count("select count(distinct customer_id) from customer_task where team = '" + team + "'"
                + " and kind = 'DATE_REMINDER'")).isEqualTo(1_000);
        assertThat(count("select count(*) from profile_reminder r join customer c on c.id = r.customer_id"
                + " where c.team = '" + team + "'")).isEqualTo(1_000);
    }

    private void run() {
        JobRun run = jobs.run(ProfileReminders.JOB).block(Duration.ofSeconds(60));
        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
    }

    private void remindAt(Instant at) {
        reminders.remindAt(at).block(Duration.ofSeconds(60));
    }

    private long reminders() {
        return count("select count(*) from customer_task where team = '" + team + "' and kind = 'DATE_REMINDER'");
    }

    /** {@code n} customers of the team, each with one contact born on {@code birthday}; returns one of them. */
    private UUID seedCustomers(int n, LocalDate birthday) {
        db.sql("""
                        insert into customer (id, company, owner_id, team, tier, registered_at, registered_by, updated_at)
                        select gen_random_uuid(), 'Reminder customer ' || n, :owner, :team, 'C', :now, 'test', :now
                        from generate_series(1, :n) n""")
                .bind("owner", "rep-" + team).bind("team", team).bind("now", clock.instant()).bind("n", n)
                .then().block(Duration.ofSeconds(30));
        var contacts = db.sql("""
                insert into customer_contact (id, customer_id, name, birthday)
                select gen_random_uuid(), id, 'Contact of ' || company, :birthday from customer where team = :team""")
                .bind("team", team);
        (birthday == null ? contacts.bindNull("birthday", LocalDate.class) : contacts.bind("birthday", birthday))
                .then().block(Duration.ofSeconds(30));
        return db.sql("select id from customer where team = :team limit 1").bind("team", team)
                .map(row -> row.get("id", UUID.class)).one().block(Duration.ofSeconds(5));
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
