package com.acme.crm.customer.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Daily plan settings ({@code crm.plans.*}); the defaults are the documents' numbers.
 *
 * @param dailyDeadline R-3: a plan first submitted after this time of its day (business zone) is flagged late
 * @param dailyCalls R-1: the calls target when a plan does not say
 * @param dailyVisits R-1: the visits target when a plan does not say
 * @param dailyNewIntentCustomers R-1: the new intent customers target when a plan does not say
 * @param dailyDaysAhead R-3: how many days ahead of today a plan may be submitted
 */
@ConfigurationProperties("crm.plans")
public record DailyPlanProperties(
        @DefaultValue("09:30") String dailyDeadline,
        @DefaultValue("100") int dailyCalls,
        @DefaultValue("2") int dailyVisits,
        @DefaultValue("2") int dailyNewIntentCustomers,
        @DefaultValue("7") int dailyDaysAhead) {

    public DailyPlanProperties {
        LocalTime.parse(dailyDeadline); // fails at start-up on a malformed time
        if (dailyCalls < 0 || dailyVisits < 0 || dailyNewIntentCustomers < 0 || dailyDaysAhead < 0) {
            throw new IllegalArgumentException("crm.plans.daily-* numbers are never negative");
        }
    }

    /** the targets of a plan that names none. */
    public DailyCounts defaultTargets() {
        return new DailyCounts(dailyCalls, dailyVisits, dailyNewIntentCustomers);
    }

    /** the plan calendar in the service's business zone. */
    public PlanCalendar calendar(ZoneId businessZone) {
        return new PlanCalendar(businessZone, LocalTime.parse(dailyDeadline), dailyDaysAhead);
    }
}
