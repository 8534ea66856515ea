package com.acme.crm.order.quote.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.events.IntegrationEvent;
import com.acme.crm.events.order.QuoteApprovalRequested;
import com.acme.crm.events.order.QuoteApproved;
import com.acme.crm.events.order.QuoteIssued;
import com.acme.crm.events.order.QuoteRejected;
import com.acme.crm.order.quote.QuoteEvent;
import com.acme.crm.order.quote.QuoteEventPublisher;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Objects;

/**
 * Turns quote events into the published contract ({@code crm.quote.*.v1}): ids and amounts, never contact data
 * (B-3). A supersession is told by the next version's QuoteIssued; a signature by O-3's OrderSigned (not yet built).
 */
@Component
class OutboxQuoteEventPublisher implements QuoteEventPublisher {

    private final Outbox outbox;

    OutboxQuoteEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(List<QuoteEvent> events) {
        return outbox.appendAll(events.stream().map(OutboxQuoteEventPublisher::toContract).filter(Objects::nonNull)
                .toList());
    }

    static @Nullable IntegrationEvent toContract(QuoteEvent event) {
        if (event instanceof QuoteEvent.Issued e) {
            return new QuoteIssued(e.quoteId(), e.requirementId(), e.customerId(), e.ownerId(), e.team(), e.version(),
                    e.supersedesQuoteId(), e.listTotal(), e.netTotal(), e.discountPercent(), e.paymentTermsChanged(),
                    e.approvalRequired().name(), e.by(), e.at());
        }
        if (event instanceof QuoteEvent.ApprovalRequested e) {
            return new QuoteApprovalRequested(e.quoteId(), e.customerId(), e.ownerId(), e.team(), e.approver().name(),
                    e.discountPercent(), e.paymentTermsChanged(), e.netTotal(), e.by(), e.at());
        }
        if (event instanceof QuoteEvent.Approved e) {
            return new QuoteApproved(e.quoteId(), e.customerId(), e.ownerId(), e.team(), e.approver().name(),
                    e.netTotal(), e.by(), e.at());
        }
        if (event instanceof QuoteEvent.Rejected e) {
            return new QuoteRejected(e.quoteId(), e.customerId(), e.ownerId(), e.team(), e.approver().name(), e.by(),
                    e.at());
        }
        return null;
    }
}
