package com.acme.crm.customer.visitplan;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A snapshot of a weekly visit plan, as stored and as events carry it.
 *
 * @param weekStart the Monday of the planned week (business zone)
 * @param revision 1 for the first submission, one more for each replacement before confirmation
 * @param late the first submission came after the deadline on the last working day of the week before
 */
public record WeeklyVisitPlanState(UUID id, String repId, String team, LocalDate weekStart,
                                   WeeklyVisitPlan.Status status, int revision, List<PlannedVisit> visits, boolean late,
                                   Instant firstSubmittedAt, Instant submittedAt, @Nullable String confirmedBy,
                                   @Nullable Instant confirmedAt, long version) {

    public WeeklyVisitPlanState {
        visits = List.copyOf(visits);
    }

    /** The planned customers, each once, in plan order. */
    public List<UUID> customerIds() {
        return visits.stream().map(PlannedVisit::customerId).distinct().toList();
    }

    /** The sales the week's visits are expected to bring, CNY. */
    public BigDecimal expectedSales() {
        return visits.stream().map(PlannedVisit::expectedSales).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
