package com.acme.crm.customer.plan;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Filters of the daily plan list; each may be absent. */
public record DailyPlanQuery(@Nullable LocalDate date, @Nullable String repId, @Nullable String team,
                             DailyPlan.@Nullable Status status) {
}
