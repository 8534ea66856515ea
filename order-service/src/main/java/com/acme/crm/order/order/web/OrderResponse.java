package com.acme.crm.order.order.web;

import com.acme.crm.order.order.ChangeRequest;
import com.acme.crm.order.order.Milestone;
import com.acme.crm.order.order.OrderRepository;
import com.acme.crm.order.order.OrderState;
import com.acme.crm.order.order.Stage;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An order as the API shows it: terms, stage and deadlines, milestones with what is paid; no contact data. */
record OrderResponse(UUID id, UUID quoteId, UUID customerId, String ownerId, String team, BigDecimal amount,
                     Stage stage, boolean installationIncluded, LocalDate deliveryDate, BigDecimal penaltyRate,
                     Instant signedAt, String signedBy, List<MilestoneView> milestones,
                     @Nullable String trackingNumber, @Nullable Instant shippedAt, @Nullable Instant arrivedAt,
                     @Nullable Instant installedAt, @Nullable Instant acceptanceDueAt, @Nullable Instant acceptedAt,
                     boolean acceptanceDeemed, @Nullable Instant rejectedAt, @Nullable String rejectionReasons,
                     Instant deliveryReminderDueAt, int daysLate, BigDecimal penaltyAmount,
                     @Nullable String creditApprovedBy, @Nullable Instant creditApprovedAt,
                     @Nullable Instant closedAt, long version, @Nullable List<ChangeRequest> changeRequests,
                     @Nullable List<OrderRepository.Task> tasks) {

    static OrderResponse of(OrderState s, @Nullable List<ChangeRequest> changes,
                            @Nullable List<OrderRepository.Task> tasks) {
        return new OrderResponse(s.id(), s.quoteId(), s.customerId(), s.ownerId(), s.team(), s.amount(), s.stage(),
                s.installationIncluded(), s.deliveryDate(), s.penaltyRate(), s.signedAt(), s.signedBy(),
                s.milestones().stream().map(MilestoneView::of).toList(), s.trackingNumber(), s.shippedAt(),
                s.arrivedAt(), s.installedAt(), s.acceptanceDueAt(), s.acceptedAt(), s.acceptanceDeemed(),
                s.rejectedAt(), s.rejectionReasons(), s.deliveryReminderDueAt(), s.daysLate(), s.penaltyAmount(),
                s.creditApprovedBy(), s.creditApprovedAt(), s.closedAt(), s.version(), changes, tasks);
    }

    /** A milestone with its due time and what is paid, outstanding and confirmed by finance. */
    record MilestoneView(Milestone.Kind kind, BigDecimal sharePercent, BigDecimal amount, @Nullable Instant dueAt,
                         BigDecimal paid, BigDecimal outstanding, BigDecimal confirmed) {

        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.kind(), m.sharePercent(), m.amount(), m.dueAt(), m.paid(), m.outstanding(),
                    m.confirmed());
        }
    }
}
