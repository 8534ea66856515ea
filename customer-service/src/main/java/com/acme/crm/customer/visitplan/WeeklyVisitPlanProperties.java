package com.acme.crm.customer.visitplan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Weekly visit plan settings ({@code crm.plans.weekly-*}); the defaults are the documents' (R-4: "下班前2小时").
 *
 * @param weeklyLastWorkingDay the last working day of a week: next week's plan is due on it
 * @param weeklyDeadline the time on that day (business zone) after which a plan is late: two hours before the 17:30
 *                       end of work
 * @param weeklyWeeksAhead how many weeks ahead of this one a plan may be submitted
 */
@ConfigurationProperties("crm.plans")
public record WeeklyVisitPlanProperties(
        @DefaultValue("FRIDAY") DayOfWeek weeklyLastWorkingDay,
        @DefaultValue("15:30") String weeklyDeadline,
        @DefaultValue("4") int weeklyWeeksAhead) {

    public WeeklyVisitPlanProperties {
        LocalTime.parse(weeklyDeadline); // fails at start-up on a malformed time
        if (weeklyWeeksAhead < 1) {
            throw new IllegalArgumentException("crm.plans.weekly-weeks-ahead must allow next week (at least 1)");
        }
    }

    /** the planning calendar in the service's business zone. */
    public PlanningWeek calendar(ZoneId businessZone) {
        return new PlanningWeek(businessZone, weeklyLastWorkingDay, LocalTime.parse(weeklyDeadline), weeklyWeeksAhead);
    }
}
