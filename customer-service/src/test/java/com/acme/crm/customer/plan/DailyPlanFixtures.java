package com.acme.crm.customer.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The one fixture class of the {@link DailyPlan} aggregate: plans in the states R-3 talks about, built through the
 * aggregate's own methods as the service does: no Spring, no database.
 */
public final class DailyPlanFixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 2026-11-23 in Shanghai. */
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    /** 09:00 Shanghai on Monday, before the 09:30 deadline. */
    public static final Instant MONDAY_0900 = Instant.parse("2026-11-23T01:00:00Z");
    /** 18:00 Shanghai on Monday: the evening meeting. */
    public static final Instant MONDAY_1800 = Instant.parse("2026-11-23T10:00:00Z");
    public static final String REP = "rep-1";
    public static final String OTHER_REP = "rep-2";
    public static final String MANAGER = "mgr-1";
    public static final String TEAM = "east";
    public static final PlanCalendar CALENDAR = new PlanCalendar(SHANGHAI, LocalTime.of(9, 30), 7);
    public static final UUID CUSTOMER_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    public static final UUID CUSTOMER_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    public static final UUID LEAD_L = UUID.fromString("00000000-0000-0000-0000-0000000000f1");

    private DailyPlanFixtures() {
    }

    /** R-1 defaults: 100 calls, 2 visits, 2 new intent customers; two target customers and one target lead. */
    public static DailyPlan.Draft defaultDraft() {
        return new DailyPlan.Draft(new DailyCounts(100, 2, 2), List.of(CUSTOMER_A, CUSTOMER_B), List.of(LEAD_L));
    }

    /** Monday's plan submitted at 09:00 Shanghai, waiting for the manager. */
    public static DailyPlan submittedOnTime() {
        return DailyPlan.restore(DailyPlan.submit(UUID.randomUUID(), REP, TEAM, MONDAY, defaultDraft(), CALENDAR,
                MONDAY_0900).plan());
    }

    /** Monday's plan, approved by the team's manager at 09:40. */
    public static DailyPlan approved() {
        DailyPlan plan = submittedOnTime();
        plan.decide(true, null, MANAGER, true, MONDAY_0900.plusSeconds(40 * 60));
        return plan;
    }

    /** Monday's plan, sent back by the manager with a comment. */
    public static DailyPlan sentBack() {
        DailyPlan plan = submittedOnTime();
        plan.decide(false, "Add the Ningbo visit", MANAGER, true, MONDAY_0900.plusSeconds(20 * 60));
        return plan;
    }
}
