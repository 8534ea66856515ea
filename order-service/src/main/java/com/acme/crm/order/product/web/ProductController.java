package com.acme.crm.order.product.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.OrderProperties;
import com.acme.crm.order.product.ProductCatalogue;
import com.acme.crm.order.product.ProductState;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.util.UUID;

/** The catalogue: read by the sales department, maintained by managers, directors and the general manager. */
@Tag(name = "Products", description = "The product catalogue and its list prices")
@RestController
@RequestMapping("/api/products")
class ProductController {

    static final String READERS = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER','SALES_SUPPORT')";
    static final String MAINTAINERS = "hasAnyRole('SALES_MANAGER','SALES_DIRECTOR','GENERAL_MANAGER')";

    private final ProductCatalogue catalogue;
    private final OrderProperties properties;

    ProductController(ProductCatalogue catalogue, OrderProperties properties) {
        this.catalogue = catalogue;
        this.properties = properties;
    }

    @Operation(summary = "List the catalogue by name")
    @GetMapping
    @PreAuthorize(READERS)
    Mono<PageResponse<ProductState>> list(@RequestParam(required = false) @Nullable Integer page,
                                          @RequestParam(required = false) @Nullable Integer size) {
        return catalogue.list(PageRequest.of(page, size, 50, properties.maxPageSize()));
    }

    @Operation(summary = "Read one product")
    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    Mono<ProductState> get(@PathVariable UUID id) {
        return catalogue.get(id);
    }

    @Operation(summary = "Add a product with its list price")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MAINTAINERS)
    Mono<ProductState> define(@Valid @RequestBody DefineRequest request, CrmUser user) {
        return catalogue.define(request.code(), request.name(), request.model(), request.listPrice(), user.id());
    }

    @Operation(summary = "Change a product's name, model, list price or availability")
    @PutMapping("/{id}")
    @PreAuthorize(MAINTAINERS)
    Mono<ProductState> edit(@PathVariable UUID id, @Valid @RequestBody EditRequest request, CrmUser user) {
        return catalogue.edit(id, request.name(), request.model(), request.listPrice(), request.active(), user.id());
    }

    record DefineRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 200) String name,
                         @Size(max = 200) @Nullable String model,
                         @NotNull @DecimalMin("0.00") @Digits(integer = 14, fraction = 2) BigDecimal listPrice) {
    }

    record EditRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) @Nullable String model,
                       @NotNull @DecimalMin("0.00") @Digits(integer = 14, fraction = 2) BigDecimal listPrice,
                       boolean active) {
    }
}
