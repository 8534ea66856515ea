package com.acme.crm.order.requirement;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** O-1: one product (model) the customer needs, with spec, quantity and customisation. */
public record RequirementLine(UUID productId, String productName, @Nullable String spec, int quantity,
                              @Nullable String customisation) {
}
