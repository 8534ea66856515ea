package com.acme.crm.customer.trip.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.customer.trip.TripEvent;
import com.acme.crm.customer.trip.TripEventPublisher;
import com.acme.crm.customer.trip.TripState;
import com.acme.crm.events.visitplan.TripApproved;
import com.acme.crm.events.visitplan.TripReported;
import com.acme.crm.events.visitplan.VisitPlanEvent;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Objects;

/**
 * Turns approved and reported trips into the published contract: dates and ids, never the destination, purpose,
 * comment, outcome or contact data (B-3). Requests and rejections stay inside customer-service (audited only).
 */
@Component
class OutboxTripEventPublisher implements TripEventPublisher {

    private final Outbox outbox;

    OutboxTripEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(TripEvent event) {
        VisitPlanEvent contract = toContract(event);
        return contract == null ? Mono.empty() : outbox.append(contract);
    }

    @Override
    public Mono<Void> publishAll(List<TripEvent> events) {
        List<VisitPlanEvent> contracts = events.stream().map(OutboxTripEventPublisher::toContract)
                .filter(Objects::nonNull).toList();
        return contracts.isEmpty() ? Mono.empty() : outbox.appendAll(contracts);
    }

    static @Nullable VisitPlanEvent toContract(TripEvent event) {
        TripState t = event.trip();
        if (event instanceof TripEvent.Approved) {
            return new TripApproved(t.id(), t.repId(), t.team(), t.startDate(), t.endDate(), t.customerIds(),
                    Objects.requireNonNull(t.decidedBy()), Objects.requireNonNull(t.decidedAt()));
        }
        if (event instanceof TripEvent.Reported) {
            return new TripReported(t.id(), t.repId(), t.team(), t.startDate(), t.endDate(), t.customerIds(),
                    t.visitIds(), Objects.requireNonNull(t.reportedAt()));
        }
        return null;
    }
}
