package com.acme.crm.customer.plan.web;

import com.acme.crm.customer.plan.DailyCounts;
import com.acme.crm.customer.plan.DailyPlan;
import com.acme.crm.customer.plan.DailyPlanState;
import com.acme.crm.customer.plan.DailyReview;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A daily plan as the API shows it: targets, the decision, and the review once filed. */
record PlanView(UUID id, String repId, String team, LocalDate date, DailyPlan.Status status, int revision,
                DailyCounts targets, List<UUID> targetCustomerIds, List<UUID> targetLeadIds, boolean late,
                Instant firstSubmittedAt, Instant submittedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
                @Nullable String decisionComment, @Nullable DailyReview review) {

    static PlanView of(DailyPlanState p) {
        return new PlanView(p.id(), p.repId(), p.team(), p.date(), p.status(), p.revision(), p.targets(),
                p.targetCustomerIds(), p.targetLeadIds(), p.late(), p.firstSubmittedAt(), p.submittedAt(),
                p.decidedBy(), p.decidedAt(), p.decisionComment(), p.review());
    }
}
