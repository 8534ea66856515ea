package com.acme.crm.order.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened to an order, as the domain reports it; the messaging adapter publishes each as an integration
 * event (ids and values, never contact data). Every event carries the order as it is after the change.
 */
public sealed interface OrderEvent {

    Order order();

    /** O-3: a signed quote became this order. */
    record Signed(Order order) implements OrderEvent {
    }

    /** O-4: production is scheduled. */
    record ProductionScheduled(Order order, Instant at) implements OrderEvent {
    }

    /**
     * O-4: the goods left with a tracking number, to be shared with the customer by {@code shareTrackingDueAt};
     * {@code creditSale} when shipped before the prepayment was paid (O-9).
     */
    record Shipped(Order order, String trackingNumber, Instant shareTrackingDueAt, boolean creditSale, Instant at)
            implements OrderEvent {
    }

    /** O-4: the goods arrived; a late arrival accrued {@code penalty} for {@code daysLate} days (O-3). */
    record Arrived(Order order, int daysLate, BigDecimal penalty, Instant at) implements OrderEvent {
    }

    /** O-4: installation is complete. */
    record Installed(Order order, Instant at) implements OrderEvent {
    }

    /** O-5: the customer accepted the order, or it was deemed accepted when the window passed. */
    record Accepted(Order order, boolean deemed, Instant at) implements OrderEvent {
    }

    /** O-5: the customer rejected the delivery, with reasons; the deemed-acceptance clock stops. */
    record AcceptanceRejected(Order order, List<String> reasons, Instant at) implements OrderEvent {
    }

    /** O-4: the delivery date is near; the customer is to be notified. */
    record DeliveryReminderDue(Order order, LocalDate deliveryDate, Instant dueAt) implements OrderEvent {
    }

    /** O-6: a change to the order's terms awaits the manager. */
    record ChangeRequested(Order order, ChangeRequest request) implements OrderEvent {
    }

    /** O-6: the manager approved a change, which now applies. */
    record ChangeApproved(Order order, ChangeRequest request) implements OrderEvent {
    }

    /** O-6: the manager rejected a change; the terms stay. */
    record ChangeRejected(Order order, ChangeRequest request) implements OrderEvent {
    }

    /** O-7, O-9: a manager approved shipping before the prepayment, after a credit check, and shares the receivable. */
    record CreditSaleApproved(Order order, String approvedBy, String creditCheck, Instant at) implements OrderEvent {
    }

    /** O-7: sales recorded a payment against a milestone. */
    record PaymentRecorded(Order order, Payment payment) implements OrderEvent {
    }

    /** O-10: finance confirmed a recorded payment. */
    record CollectionConfirmed(Order order, Payment payment) implements OrderEvent {
    }

    /** O-7: a milestone passed its due time unpaid; reported once. */
    record ReceivableOverdue(Order order, Milestone milestone, Instant at) implements OrderEvent {
    }

    /** O-10: accepted and every milestone paid and confirmed: the order is closed. */
    record Closed(Order order, Instant at) implements OrderEvent {
    }
}
