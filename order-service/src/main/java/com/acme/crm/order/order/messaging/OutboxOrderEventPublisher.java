package com.acme.crm.order.order.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.events.IntegrationEvent;
import com.acme.crm.events.order.CollectionConfirmed;
import com.acme.crm.events.order.CreditSaleApproved;
import com.acme.crm.events.order.OrderAccepted;
import com.acme.crm.events.order.OrderAcceptanceRejected;
import com.acme.crm.events.order.OrderArrived;
import com.acme.crm.events.order.OrderChangeApproved;
import com.acme.crm.events.order.OrderClosed;
import com.acme.crm.events.order.OrderDeliveryReminderDue;
import com.acme.crm.events.order.OrderInstalled;
import com.acme.crm.events.order.OrderProductionScheduled;
import com.acme.crm.events.order.OrderShipped;
import com.acme.crm.events.order.OrderSigned;
import com.acme.crm.events.order.PaymentReceived;
import com.acme.crm.events.order.ReceivableOverdue;
import com.acme.crm.order.order.ChangeRequest;
import com.acme.crm.order.order.MilestoneSplit;
import com.acme.crm.order.order.OrderEvent;
import com.acme.crm.order.order.OrderEventPublisher;
import com.acme.crm.order.order.OrderState;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns domain order events into the published contract: ids, stages, amounts and due times, never contact data
 * (B-3). Change requests and rejected changes are audited, not published.
 */
@Component
class OutboxOrderEventPublisher implements OrderEventPublisher {

    private final Outbox outbox;

    OutboxOrderEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publishAll(List<OrderEvent> events) {
        return outbox.appendAll(events.stream().map(OutboxOrderEventPublisher::toContract)
                .flatMap(Optional::stream).toList());
    }

    static Optional<IntegrationEvent> toContract(OrderEvent event) {
        OrderState s = event.order().state();
        IntegrationEvent contract = null;
        if (event instanceof OrderEvent.Signed signed) {
            contract = new OrderSigned(s.id(), s.customerId(), s.ownerId(), s.team(), s.amount(),
                    s.signedAt(), s.quoteId());
        } else if (event instanceof OrderEvent.ProductionScheduled e) {
            contract = new OrderProductionScheduled(s.id(), s.customerId(), s.ownerId(),
                    s.team(), e.at());
        } else if (event instanceof OrderEvent.Shipped e) {
            contract = new OrderShipped(s.id(), s.customerId(), s.ownerId(), s.team(),
                    e.trackingNumber(), e.creditSale(), e.shareTrackingDueAt(), e.at());
        } else if (event instanceof OrderEvent.Arrived e) {
            contract = new OrderArrived(s.id(), s.customerId(), s.ownerId(), s.team(), e.daysLate(),
                    e.penalty(), s.acceptanceDueAt(), e.at());
        } else if (event instanceof OrderEvent.Installed e) {
            contract = new OrderInstalled(s.id(), s.customerId(), s.ownerId(), s.team(),
                    s.acceptanceDueAt(), e.at());
        } else if (event instanceof OrderEvent.Accepted e) {
            contract = new OrderAccepted(s.id(), s.customerId(), s.ownerId(), s.team(), e.deemed(),
                    e.at());
        } else if (event instanceof OrderEvent.AcceptanceRejected e) {
            contract = new OrderAcceptanceRejected(s.id(), s.customerId(), s.ownerId(),
                    s.team(), e.at());
        } else if (event instanceof OrderEvent.DeliveryReminderDue e) {
            contract = new OrderDeliveryReminderDue(s.id(), s.customerId(), s.ownerId(),
                    s.team(), e.deliveryDate(), e.dueAt());
        } else if (event instanceof OrderEvent.ChangeApproved e) {
            contract = changeApproved(s, e.request());
        } else if (event instanceof OrderEvent.CreditSaleApproved e) {
            contract = new CreditSaleApproved(s.id(), s.customerId(), s.ownerId(),
                    s.team(), e.approvedBy(), e.at());
        } else if (event instanceof OrderEvent.PaymentRecorded e) {
            contract = new PaymentReceived(s.id(), s.customerId(), e.payment().amount(),
                    e.payment().milestone().name(), e.payment().receivedAt());
        } else if (event instanceof OrderEvent.CollectionConfirmed e) {
            contract = new CollectionConfirmed(s.id(), s.customerId(), e.payment().id(),
                    e.payment().milestone().name(), e.payment().amount(),
                    Objects.requireNonNull(e.payment().confirmedBy()), Objects.requireNonNull(e.payment().confirmedAt()));
        } else if (event instanceof OrderEvent.ReceivableOverdue e) {
            contract = new ReceivableOverdue(s.id(), s.customerId(), s.ownerId(), s.team(),
                    e.milestone().kind().name(), e.milestone().outstanding(),
                    Objects.requireNonNull(e.milestone().dueAt()), s.creditApprovedBy(), e.at());
        } else if (event instanceof OrderEvent.Closed e) {
            contract = new OrderClosed(s.id(), s.customerId(), s.ownerId(), s.team(), s.amount(),
                    e.at());
        }
        return Optional.ofNullable(contract);
    }

    private static OrderChangeApproved changeApproved(OrderState s, ChangeRequest r) {
        MilestoneSplit split = r.milestones();
        return new OrderChangeApproved(s.id(), r.id(), s.ownerId(), s.team(), r.deliveryDate(),
                split == null ? null : split.prepayment(), split == null ? null : split.arrival(),
                split == null ? null : split.acceptance(), r.penaltyRate(), r.requestedBy(),
                Objects.requireNonNull(r.decidedBy()), Objects.requireNonNull(r.decidedAt()));
    }
}
