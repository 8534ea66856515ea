package com.acme.crm.order.tender.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.events.IntegrationEvent;
import com.acme.crm.events.order.TenderBidDecided;
import com.acme.crm.events.order.TenderBidSigned;
import com.acme.crm.events.order.TenderOutcomeRecorded;
import com.acme.crm.events.order.TenderReported;
import com.acme.crm.order.tender.BiddingTeamMember;
import com.acme.crm.order.tender.TenderEvent;
import com.acme.crm.order.tender.TenderEventPublisher;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Turns tender events into the published contract ({@code crm.tender.*.v1}) for analytics' bid and win rates: ids and
 * amounts, never contact data (B-3). Drafts, reviews, submission and the quote link stay inside order-service.
 */
@Component
class OutboxTenderEventPublisher implements TenderEventPublisher {

    private final Outbox outbox;

    OutboxTenderEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(TenderEvent event) {
        IntegrationEvent contract = toContract(event);
        return contract == null ? Mono.empty() : outbox.append(contract);
    }

    static @Nullable IntegrationEvent toContract(TenderEvent event) {
        if (event instanceof TenderEvent.Reported e) {
            return new TenderReported(e.tenderId(), e.customerId(), e.ownerId(), e.team(), e.estimatedValue(),
                    e.submissionDeadline(), e.by(), e.at());
        }
        if (event instanceof TenderEvent.BidDecided e) {
            return new TenderBidDecided(e.tenderId(), e.customerId(), e.ownerId(), e.team(), e.decision().name(),
                    e.by(), e.at());
        }
        if (event instanceof TenderEvent.BidSigned e) {
            return new TenderBidSigned(e.tenderId(), e.customerId(), e.ownerId(), e.team(), e.bidValue(),
                    e.biddingTeam().stream().map(BiddingTeamMember::memberId).toList(), e.by(), e.at());
        }
        if (event instanceof TenderEvent.OutcomeRecorded e) {
            return new TenderOutcomeRecorded(e.tenderId(), e.customerId(), e.ownerId(), e.team(), e.outcome().name(),
                    e.bidValue(), e.competitor(), e.competitorPrice(), e.by(), e.at());
        }
        return null;
    }
}
