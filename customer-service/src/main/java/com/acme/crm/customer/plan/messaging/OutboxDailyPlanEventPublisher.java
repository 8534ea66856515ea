package com.acme.crm.customer.plan.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.customer.plan.DailyPlanEvent;
import com.acme.crm.customer.plan.DailyPlanEventPublisher;
import com.acme.crm.customer.plan.DailyPlanState;
import com.acme.crm.customer.plan.DailyReview;
import com.acme.crm.events.plan.DailyPlanApproved;
import com.acme.crm.events.plan.DailyPlanSentBack;
import com.acme.crm.events.plan.DailyPlanSubmitted;
import com.acme.crm.events.plan.DailyReviewFiled;
import com.acme.crm.events.plan.PlanEvent;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Objects;

/**
 * Turns daily plan events into the published contract: targets, actuals, ids and miss reasons, never contact
 * data (B-3); the manager's comment stays in the API and the audit log.
 */
@Component
class OutboxDailyPlanEventPublisher implements DailyPlanEventPublisher {

    private final Outbox outbox;

    OutboxDailyPlanEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(DailyPlanEvent event) {
        return outbox.append(toContract(event));
    }

    @Override
    public Mono<Void> publishAll(List<DailyPlanEvent> events) {
        return outbox.appendAll(events.stream().map(OutboxDailyPlanEventPublisher::toContract).toList());
    }

    static PlanEvent toContract(DailyPlanEvent event) {
        DailyPlanState p = event.plan();
        if (event instanceof DailyPlanEvent.Submitted) {
            return new DailyPlanSubmitted(p.id(), p.repId(), p.team(), p.date(), p.revision(), p.targets().calls(),
                    p.targets().visits(), p.targets().newIntentCustomers(), p.targetCustomerIds(), p.targetLeadIds(),
                    p.late(), p.submittedAt());
        }
        if (event instanceof DailyPlanEvent.Approved) {
            return new DailyPlanApproved(p.id(), p.repId(), p.team(), p.date(), p.revision(), p.targets().calls(),
                    p.targets().visits(), p.targets().newIntentCustomers(), p.targetCustomerIds(), p.targetLeadIds(),
                    p.late(), Objects.requireNonNull(p.decidedBy()), Objects.requireNonNull(p.decidedAt()));
        }
        if (event instanceof DailyPlanEvent.SentBack) {
            return new DailyPlanSentBack(p.id(), p.repId(), p.team(), p.date(), p.revision(),
                    Objects.requireNonNull(p.decidedBy()), Objects.requireNonNull(p.decidedAt()));
        }
        return reviewFiled(p, Objects.requireNonNull(p.review()));
    }

    private static DailyReviewFiled reviewFiled(DailyPlanState p, DailyReview r) {
        return new DailyReviewFiled(p.id(), p.repId(), p.team(), p.date(), p.targets().calls(), p.targets().visits(),
                p.targets().newIntentCustomers(), r.actuals().calls(), r.actuals().visits(),
                r.actuals().newIntentCustomers(), p.targetCustomerIds(), r.visitedCustomerIds(), p.targetLeadIds(),
                r.contactedLeadIds(), r.misses().stream().map(DailyReview.Miss::target).toList(),
                r.misses().stream().map(DailyReview.Miss::reason).toList(), r.filedAt());
    }
}
