package com.acme.crm.order.order;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything stored about an order: what the repository reads and writes, and what an {@link Order} is rebuilt
 * from. Deadlines (payment due times, acceptance, delivery reminder) are stored when they are set, never
 * recomputed on read.
 */
public record OrderState(
        UUID id, UUID quoteId, UUID customerId, String ownerId, String team, BigDecimal amount, Stage stage,
        boolean installationIncluded, LocalDate deliveryDate, BigDecimal penaltyRate, String signedBy,
        Instant signedAt, List<Milestone> milestones, @Nullable String trackingNumber,
        @Nullable Instant productionScheduledAt, @Nullable Instant shippedAt, @Nullable Instant arrivedAt,
        @Nullable Instant installedAt, @Nullable Instant acceptedAt, boolean acceptanceDeemed,
        @Nullable Instant acceptanceDueAt, @Nullable Instant rejectedAt, @Nullable String rejectionReasons,
        Instant deliveryReminderDueAt, @Nullable Instant deliveryReminderSentAt, int daysLate,
        BigDecimal penaltyAmount, @Nullable String creditCheck, @Nullable String creditApprovedBy,
        @Nullable Instant creditApprovedAt, @Nullable Instant closedAt, long version) {

    public OrderState {
        milestones = List.copyOf(milestones);
    }

    /** The milestone of a kind. */
    public Milestone milestone(Milestone.Kind kind) {
        return milestones.stream().filter(m -> m.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("order " + id + " has no " + kind + " milestone"));
    }
}
