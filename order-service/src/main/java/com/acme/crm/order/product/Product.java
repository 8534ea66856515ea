package com.acme.crm.order.product;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A catalogue entry with its list price (CNY); changed only by the methods below. */
public final class Product {

    private ProductState s;

    private Product(ProductState state) {
        this.s = state;
    }

    public static Product restore(ProductState state) {
        return new Product(state);
    }

    /** A new product; its list price is the base of every later discount (O-2). */
    public static Product define(String code, String name, @Nullable String model, BigDecimal listPrice, String by,
                                 Instant now) {
        return new Product(new ProductState(UUID.randomUUID(), code, name, model, money(listPrice), true, by, now, now,
                0));
    }

    public ProductEvent.Defined defined() {
        return new ProductEvent.Defined(s.id(), s.code(), s.listPrice(), s.createdBy(), s.createdAt());
    }

    /** Changes the entry; a quote issued earlier keeps the list price it was issued with. */
    public ProductEvent.Edited edit(String name, @Nullable String model, BigDecimal listPrice, boolean active,
                                   String by, Instant now) {
        BigDecimal previous = s.listPrice();
        s = new ProductState(s.id(), s.code(), name, model, money(listPrice), active, s.createdBy(), s.createdAt(),
                now, s.version());
        return new ProductEvent.Edited(s.id(), previous, s.listPrice(), active, by, now);
    }

    public ProductState state() {
        return s;
    }

    private static BigDecimal money(BigDecimal amount) {
        Objects.requireNonNull(amount, "listPrice");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A list price is not negative");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
