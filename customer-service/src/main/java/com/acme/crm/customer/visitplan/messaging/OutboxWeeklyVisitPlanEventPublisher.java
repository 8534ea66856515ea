package com.acme.crm.customer.visitplan.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.customer.visitplan.WeeklyVisitPlanEvent;
import com.acme.crm.customer.visitplan.WeeklyVisitPlanEventPublisher;
import com.acme.crm.customer.visitplan.WeeklyVisitPlanState;
import com.acme.crm.events.visitplan.VisitPlanEvent;
import com.acme.crm.events.visitplan.WeeklyVisitPlanConfirmed;
import com.acme.crm.events.visitplan.WeeklyVisitPlanSubmitted;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Objects;

/**
 * Turns weekly visit plan events into the published contract: counts, customer ids and the expected sales total,
 * never the purposes or contact data (B-3).
 */
@Component
class OutboxWeeklyVisitPlanEventPublisher implements WeeklyVisitPlanEventPublisher {

    private final Outbox outbox;

    OutboxWeeklyVisitPlanEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(WeeklyVisitPlanEvent event) {
        return outbox.append(toContract(event));
    }

    @Override
    public Mono<Void> publishAll(List<WeeklyVisitPlanEvent> events) {
        return outbox.appendAll(events.stream().map(OutboxWeeklyVisitPlanEventPublisher::toContract).toList());
    }

    static VisitPlanEvent toContract(WeeklyVisitPlanEvent event) {
        WeeklyVisitPlanState p = event.plan();
        if (event instanceof WeeklyVisitPlanEvent.Confirmed) {
            return new WeeklyVisitPlanConfirmed(p.id(), p.repId(), p.team(), p.weekStart(), p.revision(),
                    p.visits().size(), p.customerIds(), p.expectedSales(), p.late(),
                    Objects.requireNonNull(p.confirmedBy()), Objects.requireNonNull(p.confirmedAt()));
        }
        return new WeeklyVisitPlanSubmitted(p.id(), p.repId(), p.team(), p.weekStart(), p.revision(),
                p.visits().size(), p.customerIds(), p.expectedSales(), p.late(), p.submittedAt());
    }
}
