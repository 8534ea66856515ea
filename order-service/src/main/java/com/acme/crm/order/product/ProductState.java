package com.acme.crm.order.product;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A product as stored; {@code version} guards concurrent edits. */
public record ProductState(UUID id, String code, String name, @Nullable String model, BigDecimal listPrice,
                           boolean active, String createdBy, Instant createdAt, Instant updatedAt, long version) {
}
