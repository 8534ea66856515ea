package com.acme.crm.order.deadline;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.jobs.JobRun;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order clocks at volume: 1,000 orders past their acceptance window are each deemed accepted once (O-5),
 * 1,000 overdue arrival payments are each reported once (O-7), and 1,000 due delivery reminders are each published
 * once (O-4), in claimed batches.
 */
@CrmIntegrationTest
class OrderJobsAtVolumeIntegrationTest {

    private static final int ORDERS = 1_000;

    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;
    @Autowired
    Jobs jobs;

    private String team;

    /** 1,000 arrived orders: acceptance window closed a day ago, prepayment paid, arrival payment a day overdue. */
    @BeforeEach
    void aThousandArrivedOrders() {
        team = TestTokens.uniqueTeam();
        Instant now = clock.instant();
        db.sql("""
                        insert into customer_order (id, quote_id, customer_id, owner_id, team, amount, stage,
                          installation_included, delivery_date, penalty_rate, signed_by, signed_at, shipped_at,
                          arrived_at, acceptance_due_at, delivery_reminder_due_at, delivery_reminder_sent_at,
                          tracking_number, updated_at)
                        select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'rep-' || :team, :team, 10000,
                          'ARRIVED', false, date '2026-11-01', 0.0005, 'rep-' || :team, :now - interval '20 days',
                          :now - interval '5 days', :now - interval '4 days', :now - interval '1 day',
                          :now - interval '6 days', :now - interval '6 days', 'SF' || n, :now
                        from generate_series(1, :n) n""")
                .bind("team", team).bind("now", now).bind("n", ORDERS)
                .fetch().rowsUpdated().block(Duration.ofSeconds(30));
        db.sql("""
                        insert into order_milestone (order_id, kind, share_percent, amount, due_at, paid, confirmed)
                        select o.id, k.kind, k.share, k.amount, :now - k.overdue, k.paid, k.paid
                        from customer_order o cross join (values
                          ('PREPAYMENT', 30, 3000.00, interval '13 days', 3000.00),
                          ('ARRIVAL', 60, 6000.00, interval '1 day', 0.00)) as k(kind, share, amount, overdue, paid)
                        where o.team = :team
                        union all
                        select o.id, 'ACCEPTANCE', 10, 1000.00, null, 0, 0 from customer_order o where o.team = :team""")
                .bind("team", team).bind("now", now)
                .fetch().rowsUpdated().block(Duration.ofSeconds(30));
    }

    @Test
    void o5_aThousandOrdersPastTheirAcceptanceWindowAreDeemedAcceptedOnceEach() {
        JobRun run = jobs.run(OrderDeadlines.DEEMED_ACCEPTANCE_JOB).block(Duration.ofSeconds(60));

        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from customer_order where team = '"
                + team + "' and stage = 'ACCEPTED'") == ORDERS);
        assertThat(count("select count(*) from customer_order where team = '" + team + "' and stage = 'ACCEPTED'"
                + " and acceptance_deemed and acceptance_due_at is null")).isEqualTo(ORDERS);
        assertThat(count("select count(*) from order_milestone m join customer_order o on o.id = m.order_id"
                + " where o.team = '" + team + "' and m.kind = 'ACCEPTANCE' and m.due_at = o.accepted_at + interval '30 days'"))
                .isEqualTo(ORDERS);
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.order.accepted.v1'"
                + " and (payload->>'deemed')::boolean and payload->>'team' = '" + team + "'")).isEqualTo(ORDERS);
        assertThat(count("select count(*) from (select message_key from outbox_event where event_type ="
                + " 'crm.order.accepted.v1' and payload->>'team' = '" + team + "' group by 1 having count(*) > 1) twice"))
                .isZero();
    }

    @Test
    void o7_aThousandOverdueArrivalPaymentsAreReportedOnceEach() {
        JobRun run = jobs.run(OrderDeadlines.OVERDUE_RECEIVABLES_JOB).block(Duration.ofSeconds(60));

        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from order_milestone m join"
                + " customer_order o on o.id = m.order_id where o.team = '" + team + "' and m.overdue_reported_at is not null")
                == ORDERS);
        jobs.run(OrderDeadlines.OVERDUE_RECEIVABLES_JOB).block(Duration.ofSeconds(60));
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.order.receivable-overdue.v1'"
                + " and payload->>'team' = '" + team + "'")).isEqualTo(ORDERS);
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.order.receivable-overdue.v1'"
                + " and payload->>'team' = '" + team + "' and payload->>'milestone' <> 'ARRIVAL'")).isZero();
        assertThat(count("select count(*) from (select message_key from outbox_event where event_type ="
                + " 'crm.order.receivable-overdue.v1' and payload->>'team' = '" + team + "' group by 1"
                + " having count(*) > 1) twice")).isZero();
    }

    @Test
    void o4_aThousandDueDeliveryRemindersArePublishedOnceEachAndASecondRunPublishesNothing() {
        String reminded = TestTokens.uniqueTeam();
        aThousandOrdersTwoDaysBeforeDelivery(reminded);
        String reminders = "select count(*) from outbox_event where event_type = 'crm.order.delivery-reminder-due.v1'"
                + " and payload->>'team' = '" + reminded + "'";

        long started = System.nanoTime();
        JobRun run = jobs.run(OrderDeadlines.DELIVERY_REMINDER_JOB).block(Duration.ofSeconds(60));
        long firstRunMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(reminders) == ORDERS);
        assertThat(count("select count(*) from customer_order where team = '" + reminded + "'"
                + " and delivery_reminder_sent_at is not null")).isEqualTo(ORDERS);
        long published = count(reminders);

        clock.advance(Duration.ofHours(1));
        JobRun again = jobs.run(OrderDeadlines.DELIVERY_REMINDER_JOB).block(Duration.ofSeconds(60));

        assertThat(again.outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        assertThat(count(reminders)).as("a second run publishes nothing").isEqualTo(published).isEqualTo(ORDERS);
        assertThat(count("select count(*) from (select message_key from outbox_event where event_type ="
                + " 'crm.order.delivery-reminder-due.v1' and payload->>'team' = '" + reminded + "' group by 1"
                + " having count(*) > 1) twice")).isZero();
        assertThat(count(reminders + " and payload->>'deliveryDate' = '" + deliveryDate + "'")).isEqualTo(ORDERS);
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.order.delivery-reminder-due.v1'"
                + " and payload->>'team' = '" + team + "'")).as("arrived orders are past reminding").isZero();
        assertThat(firstRunMillis).as("1,000 orders in batches").isLessThan(30_000);
    }

    private String deliveryDate;

    /** 1,000 orders in production, delivery two days away, reminder due an hour ago and not yet sent. */
    private void aThousandOrdersTwoDaysBeforeDelivery(String reminded) {
        Instant now = clock.instant();
        deliveryDate = LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai")).plusDays(2).toString();
        db.sql("""
                        insert into customer_order (id, quote_id, customer_id, owner_id, team, amount, stage,
                          installation_included, delivery_date, penalty_rate, signed_by, signed_at,
                          production_scheduled_at, delivery_reminder_due_at, updated_at)
                        select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'rep-' || :team, :team, 10000,
                          'PRODUCTION_SCHEDULED', false, cast(:deliveryDate as date), 0.0005, 'rep-' || :team,
                          :now - interval '10 days', :now - interval '9 days', :now - interval '1 hour', :now
                        from generate_series(1, :n) n""")
                .bind("team", reminded).bind("now", now).bind("deliveryDate", deliveryDate).bind("n", ORDERS)
                .fetch().rowsUpdated().block(Duration.ofSeconds(30));
        db.sql("""
                        insert into order_milestone (order_id, kind, share_percent, amount, due_at, paid, confirmed)
                        select o.id, k.kind, k.share, k.amount, k.due, k.paid, k.paid
                        from customer_order o cross join (values
                          ('PREPAYMENT', 30, 3000.00, cast(:now as timestamptz) - interval '3 days', 3000.00),
                          ('ARRIVAL', 60, 6000.00, cast(null as timestamptz), 0.00),
                          ('ACCEPTANCE', 10, 1000.00, cast(null as timestamptz), 0.00))
                          as k(kind, share, amount, due, paid)
                        where o.team = :team""")
                .bind("team", reminded).bind("now", now)
                .fetch().rowsUpdated().block(Duration.ofSeconds(30));
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
