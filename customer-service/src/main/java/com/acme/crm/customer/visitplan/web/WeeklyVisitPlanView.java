package com.acme.crm.customer.visitplan.web;

import com.acme.crm.customer.visitplan.PlannedVisit;
import com.acme.crm.customer.visitplan.WeeklyVisitPlan;
import com.acme.crm.customer.visitplan.WeeklyVisitPlanState;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A weekly visit plan as the API shows it: its visits in plan order, the late flag and the confirmation. */
record WeeklyVisitPlanView(UUID id, String repId, String team, LocalDate weekStart, WeeklyVisitPlan.Status status,
                           int revision, boolean late, BigDecimal expectedSales, List<PlannedVisit> visits,
                           Instant firstSubmittedAt, Instant submittedAt, @Nullable String confirmedBy,
                           @Nullable Instant confirmedAt) {

    static WeeklyVisitPlanView of(WeeklyVisitPlanState p) {
        return new WeeklyVisitPlanView(p.id(), p.repId(), p.team(), p.weekStart(), p.status(), p.revision(), p.late(),
                p.expectedSales(), p.visits(), p.firstSubmittedAt(), p.submittedAt(), p.confirmedBy(),
                p.confirmedAt());
    }
}
