package com.acme.crm.order.product;

import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Maintains the catalogue (managers, directors, the general manager) and hands quotes their list prices. */
@Component
public class ProductCatalogue {

    private final Products products;
    private final TransactionalOperator transactions;
    private final Clock clock;

    ProductCatalogue(Products products, TransactionalOperator transactions, Clock clock) {
        this.products = products;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Mono<ProductState> define(String code, String name, @Nullable String model, BigDecimal listPrice,
                                     String by) {
        Product product = Product.define(code, name, model, listPrice, by, clock.instant());
        return products.insert(product.state()).as(transactions::transactional).thenReturn(product.state());
    }

    public Mono<ProductState> edit(UUID id, String name, @Nullable String model, BigDecimal listPrice, boolean active,
                                   String by) {
        return get(id).flatMap(stored -> {
            Product product = Product.restore(stored);
            product.edit(name, model, listPrice, active, by, clock.instant());
            return products.update(product.state()).thenReturn(product.state());
        }).as(transactions::transactional);
    }

    public Mono<ProductState> get(UUID id) {
        return products.find(id).switchIfEmpty(Mono.error(() -> new NotFoundException("Product", id)));
    }

    public Mono<PageResponse<ProductState>> list(PageRequest page) {
        return Mono.zip(products.page(page).collectList(), products.count())
                .map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    /** The catalogue entries of these ids; an id not in the map is not in the catalogue. */
    public Mono<Map<UUID, ProductState>> entries(Collection<UUID> ids) {
        return products.findAll(ids).collect(Collectors.toMap(ProductState::id, Function.identity()));
    }
}
