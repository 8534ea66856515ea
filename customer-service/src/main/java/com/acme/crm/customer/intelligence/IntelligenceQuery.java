package com.acme.crm.customer.intelligence;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Filters of the report list (N-9); each absent one matches everything. Competitor and region match ignoring case;
 * {@code from}/{@code to} bound the day observed, both included.
 */
public record IntelligenceQuery(@Nullable String department, @Nullable String competitor, @Nullable String region,
                                @Nullable LocalDate from, @Nullable LocalDate to,
                                IntelligenceReport.@Nullable Status status) {
}
