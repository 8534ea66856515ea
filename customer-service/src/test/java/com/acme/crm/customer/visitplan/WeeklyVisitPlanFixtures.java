package com.acme.crm.customer.visitplan;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The one fixture class of the {@link WeeklyVisitPlan} aggregate: plans in the states R-4 talks about, built through
 * the aggregate's own methods as the service does: no Spring, no database.
 */
public final class WeeklyVisitPlanFixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 2026-11-30: the week planned (the week after Friday 2026-11-27). */
    public static final LocalDate NEXT_MONDAY = LocalDate.of(2026, 11, 30);
    /** Friday 2026-11-27 15:00 Shanghai: before the 15:30 deadline. */
    public static final Instant FRIDAY_1500 = Instant.parse("2026-11-27T07:00:00Z");
    public static final String REP = "rep-1";
    public static final String MANAGER = "mgr-1";
    public static final String TEAM = "east";
    public static final PlanningWeek CALENDAR = new PlanningWeek(SHANGHAI, DayOfWeek.FRIDAY, LocalTime.of(15, 30), 4);
    public static final UUID CUSTOMER_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    public static final UUID CUSTOMER_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private WeeklyVisitPlanFixtures() {
    }

    /** Two visits: customer A first thing on Monday, customer B on Wednesday. */
    public static List<PlannedVisit> twoVisits() {
        return List.of(
                new PlannedVisit(CUSTOMER_A, NEXT_MONDAY, "demo the new pump line", new BigDecimal("50000.00"), 1, null),
                new PlannedVisit(CUSTOMER_B, NEXT_MONDAY.plusDays(2), "renewal talk", new BigDecimal("120000.50"), 1,
                        null));
    }

    /** Next week's plan submitted on Friday at 15:00 Shanghai, waiting for the manager. */
    public static WeeklyVisitPlan submittedOnTime() {
        return WeeklyVisitPlan.restore(WeeklyVisitPlan.submit(UUID.randomUUID(), REP, TEAM, NEXT_MONDAY, twoVisits(),
                CALENDAR, FRIDAY_1500).plan());
    }

    /** Next week's plan, confirmed by the team's manager at 16:00 on Friday. */
    public static WeeklyVisitPlan confirmed() {
        WeeklyVisitPlan plan = submittedOnTime();
        plan.confirm(MANAGER, true, UUID::randomUUID, FRIDAY_1500.plusSeconds(3600));
        return plan;
    }
}
