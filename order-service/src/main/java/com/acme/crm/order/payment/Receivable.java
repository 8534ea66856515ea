package com.acme.crm.order.payment;

import com.acme.crm.order.order.Milestone;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * O-7, O-9, O-10: money an order's milestone still asks for: the owning rep collects it ({@code assignedTo}); a
 * credit sale's approving manager shares responsibility ({@code coResponsibleManager}). No contact data.
 */
public record Receivable(UUID orderId, UUID customerId, String ownerId, String team, Milestone.Kind milestone,
                         BigDecimal amount, BigDecimal paid, BigDecimal outstanding, @Nullable Instant dueAt,
                         boolean overdue, @Nullable Instant overdueReportedAt, @Nullable String coResponsibleManager,
                         String assignedTo) {
}
