package com.acme.crm.order.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What happened to a product; ids and values only. */
public sealed interface ProductEvent {

    UUID productId();

    /** A product entered the catalogue. */
    record Defined(UUID productId, String code, BigDecimal listPrice, String by, Instant at) implements ProductEvent {
    }

    /** A product's name, model, list price or availability changed; quotes issued before keep their prices. */
    record Edited(UUID productId, BigDecimal previousListPrice, BigDecimal listPrice, boolean active, String by,
                  Instant at) implements ProductEvent {
    }
}
