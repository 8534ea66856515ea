package com.acme.crm.order.order;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A signed contract on its way to revenue: fulfilment stages (O-4), acceptance (O-5), changes to its terms (O-6),
 * payments against its milestones (O-7, O-10) and credit sales (O-9). State changes only through the methods below,
 * each of which checks its rule, refuses with the rule's id and returns the event that reports the change.
 */
public final class Order {

    private final OrderState signed;
    private Stage stage;
    private LocalDate deliveryDate;
    private BigDecimal penaltyRate;
    private List<Milestone> milestones;
    private @Nullable String trackingNumber;
    private @Nullable Instant productionScheduledAt;
    private @Nullable Instant shippedAt;
    private @Nullable Instant arrivedAt;
    private @Nullable Instant installedAt;
    private @Nullable Instant acceptedAt;
    private boolean acceptanceDeemed;
    private @Nullable Instant acceptanceDueAt;
    private @Nullable Instant rejectedAt;
    private @Nullable String rejectionReasons;
    private Instant deliveryReminderDueAt;
    private @Nullable Instant deliveryReminderSentAt;
    private int daysLate;
    private BigDecimal penaltyAmount;
    private @Nullable String creditCheck;
    private @Nullable String creditApprovedBy;
    private @Nullable Instant creditApprovedAt;
    private @Nullable Instant closedAt;

    private Order(OrderState s) {
        this.signed = s;
        this.stage = s.stage();
        this.deliveryDate = s.deliveryDate();
        this.penaltyRate = s.penaltyRate();
        this.milestones = new ArrayList<>(s.milestones());
        this.trackingNumber = s.trackingNumber();
        this.productionScheduledAt = s.productionScheduledAt();
        this.shippedAt = s.shippedAt();
        this.arrivedAt = s.arrivedAt();
        this.installedAt = s.installedAt();
        this.acceptedAt = s.acceptedAt();
        this.acceptanceDeemed = s.acceptanceDeemed();
        this.acceptanceDueAt = s.acceptanceDueAt();
        this.rejectedAt = s.rejectedAt();
        this.rejectionReasons = s.rejectionReasons();
        this.deliveryReminderDueAt = s.deliveryReminderDueAt();
        this.deliveryReminderSentAt = s.deliveryReminderSentAt();
        this.daysLate = s.daysLate();
        this.penaltyAmount = s.penaltyAmount();
        this.creditCheck = s.creditCheck();
        this.creditApprovedBy = s.creditApprovedBy();
        this.creditApprovedAt = s.creditApprovedAt();
        this.closedAt = s.closedAt();
    }

    /** Rebuilds a stored order. */
    public static Order restore(OrderState state) {
        return new Order(state);
    }

    /**
     * O-3: the order of a signed quote, with its milestones (the quote's split or the default; any split sums to
     * 100 %), its delivery date and late-delivery penalty rate; the prepayment falls due a configured time after
     * signing and the delivery reminder (O-4) two days before the delivery date.
     */
    public static OrderEvent.Signed sign(SignedQuote quote, OrderPolicy policy) {
        if (quote.amount().signum() <= 0) {
            throw new BusinessRuleViolation("O-3", "amount: a contract is worth more than 0");
        }
        LocalDate signingDay = quote.signedAt().atZone(policy.businessZone()).toLocalDate();
        if (quote.deliveryDate().isBefore(signingDay)) {
            throw new BusinessRuleViolation("O-3", "deliveryDate: the delivery date " + quote.deliveryDate()
                    + " is before the signing day " + signingDay);
        }
        BigDecimal rate = quote.penaltyRate() == null ? policy.defaultPenaltyRate() : quote.penaltyRate();
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new BusinessRuleViolation("O-3", "penaltyRate: a daily penalty rate is a fraction between 0 and 1");
        }
        MilestoneSplit split = quote.milestones() == null ? policy.defaultSplit() : quote.milestones();
        BigDecimal amount = quote.amount().setScale(2, RoundingMode.HALF_UP);
        List<Milestone> milestones = new ArrayList<>(split.milestonesOf(amount));
        milestones.set(0, milestones.get(0).due(quote.signedAt().plus(policy.prepaymentDue())));
        Instant reminder = reminderDue(quote.deliveryDate(), policy);
        Order order = new Order(new OrderState(UUID.randomUUID(), quote.quoteId(), quote.customerId(), quote.ownerId(),
                quote.team(), amount, Stage.SIGNED, quote.installationIncluded(), quote.deliveryDate(), rate,
                quote.signedBy(), quote.signedAt(), milestones, null, null, null, null, null, null, false, null, null,
                null, reminder, null, 0, BigDecimal.ZERO.setScale(2), null, null, null, null, 0));
        return new OrderEvent.Signed(order);
    }

    /** O-4: production is scheduled; the first step after signing. */
    public OrderEvent.ProductionScheduled scheduleProduction(Instant now) {
        requireNext(Stage.PRODUCTION_SCHEDULED);
        stage = Stage.PRODUCTION_SCHEDULED;
        productionScheduledAt = now;
        return new OrderEvent.ProductionScheduled(this, now);
    }

    /**
     * O-4: shipped with a tracking number, to be shared with the customer within the configured hour. O-9: before
     * the prepayment is paid, only as a credit sale a manager approved.
     */
    public OrderEvent.Shipped ship(@Nullable String tracking, Instant now, OrderPolicy policy) {
        requireNext(Stage.SHIPPED);
        if (tracking == null || tracking.isBlank()) {
            throw new BusinessRuleViolation("O-4", "trackingNumber: a shipment needs a tracking number to share with "
                    + "the customer");
        }
        boolean prepaid = state().milestone(Milestone.Kind.PREPAYMENT).outstanding().signum() <= 0;
        if (!prepaid && creditApprovedAt == null) {
            throw new BusinessRuleViolation("O-9", "The prepayment is not paid: shipping now is a credit sale, which "
                    + "needs a credit check and the manager's approval first (O-7, O-9)");
        }
        stage = Stage.SHIPPED;
        shippedAt = now;
        trackingNumber = tracking.strip();
        return new OrderEvent.Shipped(this, trackingNumber, now.plus(policy.shareTrackingWithin()), !prepaid, now);
    }

    /**
     * O-4: the goods arrived. O-3: a delivery later than the delivery date accrues the penalty, rate × days late ×
     * contract value, stored now. O-7: the arrival payment falls due; O-5: without installation, the acceptance
     * window opens.
     */
    public OrderEvent.Arrived arrive(Instant now, OrderPolicy policy) {
        requireNext(Stage.ARRIVED);
        stage = Stage.ARRIVED;
        arrivedAt = now;
        LocalDate arrivalDay = now.atZone(policy.businessZone()).toLocalDate();
        daysLate = (int) Math.max(0, ChronoUnit.DAYS.between(deliveryDate, arrivalDay));
        penaltyAmount = signed.amount().multiply(penaltyRate).multiply(BigDecimal.valueOf(daysLate))
                .setScale(2, RoundingMode.HALF_UP);
        setDue(Milestone.Kind.ARRIVAL, now.plus(policy.arrivalPaymentDue()));
        if (!signed.installationIncluded()) {
            acceptanceDueAt = now.plus(policy.acceptanceWindow());
        }
        return new OrderEvent.Arrived(this, daysLate, penaltyAmount, now);
    }

    /** O-4: installation complete; O-5: where installation is part of the order, the acceptance window opens now. */
    public OrderEvent.Installed install(Instant now, OrderPolicy policy) {
        requireNext(Stage.INSTALLED);
        stage = Stage.INSTALLED;
        installedAt = now;
        if (signed.installationIncluded()) {
            acceptanceDueAt = now.plus(policy.acceptanceWindow());
        }
        return new OrderEvent.Installed(this, now);
    }

    /**
     * O-5: the customer accepts. After the window has passed the order already counts as accepted, deemed at the
     * deadline. O-7: the acceptance payment falls due.
     */
    public OrderEvent.Accepted accept(Instant now, OrderPolicy policy) {
        requireAwaitingAcceptance();
        boolean late = acceptanceDueAt != null && now.isAfter(acceptanceDueAt);
        return accepted(late, late ? acceptanceDueAt : now, policy);
    }

    /** O-5: the customer rejects the delivery with reasons, within the window; the order waits for acceptance. */
    public OrderEvent.AcceptanceRejected reject(List<String> reasons, Instant now) {
        requireAwaitingAcceptance();
        List<String> given = reasons.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        if (given.isEmpty()) {
            throw new BusinessRuleViolation("O-5", "reasons: a rejection names its reasons");
        }
        if (acceptanceDueAt != null && now.isAfter(acceptanceDueAt)) {
            throw new BusinessRuleViolation("O-5", "The acceptance window closed at " + acceptanceDueAt
                    + "; the order counts as accepted");
        }
        rejectedAt = now;
        rejectionReasons = String.join("\n", given);
        acceptanceDueAt = null;
        return new OrderEvent.AcceptanceRejected(this, given, now);
    }

    /** O-5: past the acceptance window without an answer, the order is deemed accepted at the deadline. */
    public Optional<OrderEvent.Accepted> deemAcceptedIfDue(Instant now, OrderPolicy policy) {
        if (acceptedAt != null || acceptanceDueAt == null || !now.isAfter(acceptanceDueAt) || !awaitingAcceptance()) {
            return Optional.empty();
        }
        return Optional.of(accepted(true, acceptanceDueAt, policy));
    }

    /** O-4: the delivery reminder, once, when its stored due time has come and the goods have not arrived. */
    public Optional<OrderEvent.DeliveryReminderDue> remindDeliveryIfDue(Instant now) {
        if (deliveryReminderSentAt != null || now.isBefore(deliveryReminderDueAt) || stage.isAfter(Stage.SHIPPED)) {
            return Optional.empty();
        }
        deliveryReminderSentAt = now;
        return Optional.of(new OrderEvent.DeliveryReminderDue(this, deliveryDate, deliveryReminderDueAt));
    }

    /** O-6: asks for a change of the signed terms; nothing changes until a manager approves it. */
    public OrderEvent.ChangeRequested requestChange(@Nullable LocalDate newDeliveryDate,
                                                    @Nullable MilestoneSplit newSplit, @Nullable BigDecimal newRate,
                                                    @Nullable String reason, String by, Instant now) {
        requireOpen("O-6", "change");
        if (newDeliveryDate == null && newSplit == null && newRate == null) {
            throw new BusinessRuleViolation("O-6", "A change request changes the delivery date, the milestones or "
                    + "the penalty rate");
        }
        if (newDeliveryDate != null && stage.isAfter(Stage.SHIPPED)) {
            throw new BusinessRuleViolation("O-6", "deliveryDate: the goods have arrived; the delivery date is final");
        }
        if (newRate != null && (newRate.signum() < 0 || newRate.compareTo(BigDecimal.ONE) > 0)) {
            throw new BusinessRuleViolation("O-6", "penaltyRate: a daily penalty rate is a fraction between 0 and 1");
        }
        if (newSplit != null) {
            resizedMilestones(newSplit);
        }
        ChangeRequest request = new ChangeRequest(UUID.randomUUID(), id(), newDeliveryDate, newSplit, newRate, reason,
                ChangeRequest.Status.PENDING, by, now, null, null, null);
        return new OrderEvent.ChangeRequested(this, request);
    }

    /** O-6: the manager's decision on a pending change; an approved one applies now. */
    public OrderEvent decideChange(ChangeRequest request, boolean approve, String by, @Nullable String comment,
                                   Instant now, OrderPolicy policy) {
        if (!request.orderId().equals(id()) || request.status() != ChangeRequest.Status.PENDING) {
            throw new BusinessRuleViolation("O-6", "Change request " + request.id() + " is " + request.status()
                    + ", not pending");
        }
        if (!approve) {
            return new OrderEvent.ChangeRejected(this, request.decided(ChangeRequest.Status.REJECTED, by, now, comment));
        }
        requireOpen("O-6", "change");
        if (request.milestones() != null) {
            milestones = resizedMilestones(request.milestones());
        }
        if (request.deliveryDate() != null) {
            if (stage.isAfter(Stage.SHIPPED)) {
                throw new BusinessRuleViolation("O-6", "deliveryDate: the goods have arrived; the delivery date is final");
            }
            deliveryDate = request.deliveryDate();
            deliveryReminderDueAt = reminderDue(deliveryDate, policy);
            deliveryReminderSentAt = null;
        }
        if (request.penaltyRate() != null) {
            penaltyRate = request.penaltyRate();
        }
        return new OrderEvent.ChangeApproved(this, request.decided(ChangeRequest.Status.APPROVED, by, now, comment));
    }

    /**
     * O-7, O-9: a manager allows shipping before the prepayment after a recorded credit check, and is recorded as
     * co-responsible for the receivable.
     */
    public OrderEvent.CreditSaleApproved approveCreditSale(String check, String manager, Instant now) {
        requireOpen("O-9", "approve a credit sale of");
        if (check == null || check.isBlank()) {
            throw new BusinessRuleViolation("O-9", "creditCheck: a credit sale needs a recorded credit check first");
        }
        if (stage.isAfter(Stage.PRODUCTION_SCHEDULED)) {
            throw new BusinessRuleViolation("O-9", "The order has shipped already; a credit sale is approved before");
        }
        if (creditApprovedAt != null) {
            throw new BusinessRuleViolation("O-9", "The credit sale was approved already by " + creditApprovedBy);
        }
        creditCheck = check.strip();
        creditApprovedBy = manager;
        creditApprovedAt = now;
        return new OrderEvent.CreditSaleApproved(this, manager, creditCheck, now);
    }

    /** O-7: a payment against a milestone; partial payments are fine, more than is outstanding is refused. */
    public OrderEvent.PaymentRecorded recordPayment(Milestone.Kind kind, BigDecimal amount, Instant receivedAt,
                                                    String by, Instant now) {
        requireOpen("O-10", "record a payment on");
        if (amount.signum() <= 0 || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleViolation("O-7", "amount: a payment is a positive amount in fen (2 decimals)");
        }
        if (receivedAt.isAfter(now)) {
            throw new BusinessRuleViolation("O-7", "receivedAt: a payment cannot be received in the future");
        }
        Milestone milestone = state().milestone(kind);
        if (amount.compareTo(milestone.outstanding()) > 0) {
            throw new BusinessRuleViolation("O-7", "amount: " + amount.toPlainString() + " is more than the "
                    + milestone.outstanding().toPlainString() + " outstanding on the " + kind + " milestone");
        }
        replace(milestone.paying(amount.setScale(2, RoundingMode.HALF_UP)));
        Payment payment = new Payment(UUID.randomUUID(), id(), kind, amount.setScale(2, RoundingMode.HALF_UP),
                receivedAt, by, now, null, null);
        return new OrderEvent.PaymentRecorded(this, payment);
    }

    /** O-10: finance confirms a payment sales recorded; confirmed money settles the milestone. */
    public OrderEvent.CollectionConfirmed confirmCollection(Payment payment, String by, Instant now) {
        if (!payment.orderId().equals(id())) {
            throw new IllegalArgumentException("payment " + payment.id() + " is not of order " + id());
        }
        if (payment.isConfirmed()) {
            throw new BusinessRuleViolation("O-10", "Payment " + payment.id() + " was confirmed already by "
                    + payment.confirmedBy());
        }
        if (payment.recordedBy().equals(by)) {
            throw new BusinessRuleViolation("O-10", "A collection is confirmed by sales and then by finance: the one "
                    + "who recorded it cannot confirm it too");
        }
        replace(state().milestone(payment.milestone()).confirming(payment.amount()));
        return new OrderEvent.CollectionConfirmed(this, payment.confirmed(by, now));
    }

    /** O-10: an order closes only once it is accepted and every milestone is paid and confirmed in full. */
    public Optional<OrderEvent.Closed> closeIfSettled(Instant now) {
        if (closedAt != null || stage != Stage.ACCEPTED || !milestones.stream().allMatch(Milestone::isSettled)) {
            return Optional.empty();
        }
        closedAt = now;
        return Optional.of(new OrderEvent.Closed(this, now));
    }

    /** O-7: each milestone past its due time with money outstanding, reported once. */
    public List<OrderEvent.ReceivableOverdue> reportOverdue(Instant now) {
        List<OrderEvent.ReceivableOverdue> overdue = new ArrayList<>(1);
        for (Milestone milestone : List.copyOf(milestones)) {
            if (milestone.isOverdue(now) && milestone.overdueReportedAt() == null) {
                Milestone reported = milestone.reportedOverdue(now);
                replace(reported);
                overdue.add(new OrderEvent.ReceivableOverdue(this, reported, now));
            }
        }
        return overdue;
    }

    public OrderState state() {
        return new OrderState(signed.id(), signed.quoteId(), signed.customerId(), signed.ownerId(), signed.team(),
                signed.amount(), stage, signed.installationIncluded(), deliveryDate, penaltyRate, signed.signedBy(),
                signed.signedAt(), milestones, trackingNumber, productionScheduledAt, shippedAt, arrivedAt,
                installedAt, acceptedAt, acceptanceDeemed, acceptanceDueAt, rejectedAt, rejectionReasons,
                deliveryReminderDueAt, deliveryReminderSentAt, daysLate, penaltyAmount, creditCheck, creditApprovedBy,
                creditApprovedAt, closedAt, signed.version());
    }

    public UUID id() {
        return signed.id();
    }

    public String ownerId() {
        return signed.ownerId();
    }

    public String team() {
        return signed.team();
    }

    public Stage stage() {
        return stage;
    }

    private OrderEvent.Accepted accepted(boolean deemed, Instant at, OrderPolicy policy) {
        stage = Stage.ACCEPTED;
        acceptedAt = at;
        acceptanceDeemed = deemed;
        acceptanceDueAt = null;
        setDue(Milestone.Kind.ACCEPTANCE, at.plus(policy.acceptancePaymentDue()));
        return new OrderEvent.Accepted(this, deemed, at);
    }

    private boolean awaitingAcceptance() {
        return stage == Stage.INSTALLED || stage == Stage.ARRIVED && !signed.installationIncluded();
    }

    private void requireAwaitingAcceptance() {
        if (!awaitingAcceptance()) {
            throw new BusinessRuleViolation("O-5", "The order is " + stage + "; the customer accepts after "
                    + (signed.installationIncluded() ? "installation" : "arrival"));
        }
    }

    /** O-4: the one stage that may follow the current one; installation may be skipped when not part of the order. */
    private void requireNext(Stage target) {
        requireOpen("O-4", "move");
        if (!target.isAfter(stage)) {
            throw new BusinessRuleViolation("O-4", "stage: stages only move forward; the order is " + stage
                    + " already, it cannot go to " + target);
        }
        Stage next = Stage.values()[stage.ordinal() + 1];
        if (target != next) {
            throw new BusinessRuleViolation("O-4", "stage: after " + stage + " comes " + next + ", not " + target);
        }
    }

    private void requireOpen(String rule, String action) {
        if (closedAt != null) {
            throw new BusinessRuleViolation(rule, "Cannot " + action + " an order that is closed");
        }
    }

    private List<Milestone> resizedMilestones(MilestoneSplit split) {
        List<Milestone> resized = new ArrayList<>(3);
        for (Milestone fresh : split.milestonesOf(signed.amount())) {
            Milestone current = state().milestone(fresh.kind());
            if (fresh.amount().compareTo(current.paid()) < 0) {
                throw new BusinessRuleViolation("O-6", "milestones: " + current.paid().toPlainString()
                        + " is paid on the " + fresh.kind() + " milestone already, more than its new amount "
                        + fresh.amount().toPlainString());
            }
            resized.add(current.resized(fresh.sharePercent(), fresh.amount()));
        }
        return resized;
    }

    private void setDue(Milestone.Kind kind, Instant at) {
        replace(state().milestone(kind).due(at));
    }

    private void replace(Milestone milestone) {
        milestones.replaceAll(m -> m.kind() == milestone.kind() ? milestone : m);
    }

    private static Instant reminderDue(LocalDate deliveryDate, OrderPolicy policy) {
        return deliveryDate.atStartOfDay(policy.businessZone()).toInstant().minus(policy.deliveryReminderBefore());
    }
}
