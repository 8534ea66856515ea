package com.acme.crm.order.product.persistence;

import com.acme.crm.chassis.persistence.RowValues;
import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.order.product.ProductState;
import com.acme.crm.order.product.Products;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

/** product rows. */
@Repository
class R2dbcProducts implements Products {

    private static final String COLUMNS =
            "id, code, name, model, list_price, active, created_by, created_at, updated_at, version";

    private final DatabaseClient db;

    R2dbcProducts(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(ProductState p) {
        return db.sql("insert into product (" + COLUMNS + ") values (:id, :code, :name, :model, :price, :active, "
                        + ":createdBy, :createdAt, :updatedAt, 0)")
                .bind("id", p.id()).bind("code", p.code()).bind("name", p.name()).bind("model", Sql.orNull(p.model()))
                .bind("price", p.listPrice()).bind("active", p.active()).bind("createdBy", p.createdBy())
                .bind("createdAt", p.createdAt()).bind("updatedAt", p.updatedAt())
                .then();
    }

    @Override
    public Mono<Void> update(ProductState p) {
        return Sql.versionedUpdate(db.sql("""
                        update product set name = :name, model = :model, list_price = :price, active = :active,
                          updated_at = :updatedAt, version = version + 1
                        where id = :id and version = :version""")
                .bind("id", p.id()).bind("name", p.name()).bind("model", Sql.orNull(p.model()))
                .bind("price", p.listPrice()).bind("active", p.active()).bind("updatedAt", p.updatedAt())
                .bind("version", p.version()), "Product", p.id());
    }

    @Override
    public Mono<ProductState> find(UUID id) {
        return db.sql("select " + COLUMNS + " from product where id = :id").bind("id", id).map(R2dbcProducts::read).one();
    }

    @Override
    public Flux<ProductState> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("select " + COLUMNS + " from product where id = any(:ids)")
                .bind("ids", ids.toArray(UUID[]::new)).map(R2dbcProducts::read).all();
    }

    @Override
    public Flux<ProductState> page(PageRequest page) {
        return db.sql("select " + COLUMNS + " from product order by name, id limit :limit offset :offset")
                .bind("limit", page.size()).bind("offset", page.offset()).map(R2dbcProducts::read).all();
    }

    @Override
    public Mono<Long> count() {
        return db.sql("select count(*) from product").map(row -> row.get(0, Long.class)).one();
    }

    private static ProductState read(Readable row) {
        return new ProductState(row.get("id", UUID.class), row.get("code", String.class), row.get("name", String.class),
                row.get("model", String.class), row.get("list_price", BigDecimal.class),
                Boolean.TRUE.equals(row.get("active", Boolean.class)), row.get("created_by", String.class),
                Objects.requireNonNull(RowValues.instant(row, "created_at")),
                Objects.requireNonNull(RowValues.instant(row, "updated_at")), row.get("version", Long.class));
    }
}
