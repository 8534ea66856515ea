package com.acme.crm.customer.visitplan;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Filters of the weekly visit plan list; each may be absent. */
public record WeeklyVisitPlanQuery(@Nullable LocalDate weekStart, @Nullable String repId, @Nullable String team,
                                   WeeklyVisitPlan.@Nullable Status status) {
}
