package com.acme.crm.customer.intelligence.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.customer.intelligence.IntelligenceEvent;
import com.acme.crm.customer.intelligence.IntelligenceEventPublisher;
import com.acme.crm.customer.intelligence.IntelligenceReportState;
import com.acme.crm.customer.intelligence.Observation;
import com.acme.crm.events.intelligence.MarketIntelligenceFiled;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Objects;

/**
 * Turns a filed report into {@code MarketIntelligenceFiled} (N-9): what analytics summarises, never the filer's
 * notes or contact data (B-3). An acknowledgement is audited only.
 */
@Component
class OutboxIntelligenceEventPublisher implements IntelligenceEventPublisher {

    private final Outbox outbox;

    OutboxIntelligenceEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(IntelligenceEvent event) {
        MarketIntelligenceFiled contract = toContract(event);
        return contract == null ? Mono.empty() : outbox.append(contract);
    }

    @Override
    public Mono<Void> publishAll(List<IntelligenceEvent> events) {
        List<MarketIntelligenceFiled> contracts = events.stream().map(OutboxIntelligenceEventPublisher::toContract)
                .filter(Objects::nonNull).toList();
        return contracts.isEmpty() ? Mono.empty() : outbox.appendAll(contracts);
    }

    static @Nullable MarketIntelligenceFiled toContract(IntelligenceEvent event) {
        if (!(event instanceof IntelligenceEvent.Filed filed)) {
            return null;
        }
        IntelligenceReportState r = filed.report();
        Observation o = r.observation();
        return new MarketIntelligenceFiled(r.id(), r.filedBy(), r.team(), r.department(), o.competitor(), o.product(),
                o.productCategory(), o.price(), o.price() == null ? null : r.currency(), o.promotion(), o.region(),
                o.source().name(), o.observedOn(), o.customerId(), r.filedAt());
    }
}
