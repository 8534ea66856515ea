package com.acme.crm.order.requirement.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.OrderProperties;
import com.acme.crm.order.requirement.DeliveryMeaning;
import com.acme.crm.order.requirement.RequirementBook;
import com.acme.crm.order.requirement.RequirementState;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * O-1: requirements of customers in the caller's data scope. The sales team drafts and confirms them; sales support
 * reads them (it takes inquiries, O-16, but does not work requirements).
 */
@Tag(name = "Requirements", description = "Customer requirements (O-1), the start of every quote")
@RestController
@RequestMapping("/api/requirements")
class RequirementController {

    static final String WRITERS = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER')";
    static final String READERS = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER','SALES_SUPPORT')";

    private final RequirementBook book;
    private final OrderProperties properties;

    RequirementController(RequirementBook book, OrderProperties properties) {
        this.book = book;
        this.properties = properties;
    }

    /** O-1: a customer order-service does not know is refused with 422 naming O-1; one outside the scope is 404. */
    @Operation(summary = "Draft a customer's requirement")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    Mono<RequirementState> draft(@Valid @RequestBody DraftRequest request, CrmUser user) {
        return book.draft(new RequirementBook.NewRequirement(request.customerId(),
                request.lines().stream().map(l -> new RequirementBook.NewLine(l.productId(), l.spec(), l.quantity(),
                        l.customisation())).toList(),
                request.deliveryBy(), request.deliveryMeaning(), request.deliveryPlace(), request.acceptanceCriteria(),
                request.trainingNeeds(), request.afterSalesResponseHours()), user);
    }

    /** O-1: publishes RequirementConfirmed; an incomplete requirement is refused naming O-1 and what is missing. */
    @Operation(summary = "Confirm a complete requirement with the customer")
    @PostMapping("/{id}/confirmation")
    @PreAuthorize(WRITERS)
    Mono<RequirementState> confirm(@PathVariable UUID id, CrmUser user) {
        return book.confirm(id, user);
    }

    @Operation(summary = "Read one requirement")
    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    Mono<RequirementState> get(@PathVariable UUID id, CrmUser user) {
        return book.get(id, user);
    }

    @Operation(summary = "List requirements in the caller's data scope, newest first")
    @GetMapping
    @PreAuthorize(READERS)
    Mono<PageResponse<RequirementState>> list(@RequestParam(required = false) @Nullable Integer page,
                                              @RequestParam(required = false) @Nullable Integer size, CrmUser user) {
        return book.list(user, PageRequest.of(page, size, 50, properties.maxPageSize()));
    }

    record DraftRequest(@NotNull UUID customerId, @NotEmpty @Size(max = 100) List<@Valid @NotNull LineRequest> lines,
                        @Nullable Instant deliveryBy, @Nullable DeliveryMeaning deliveryMeaning,
                        @Size(max = 500) @Nullable String deliveryPlace,
                        @Size(max = 4000) @Nullable String acceptanceCriteria,
                        @Size(max = 2000) @Nullable String trainingNeeds,
                        @Min(1) @Max(8760) @Nullable Integer afterSalesResponseHours) {
    }

    record LineRequest(@NotNull UUID productId, @Size(max = 2000) @Nullable String spec,
                       @Min(1) @Max(1_000_000) int quantity, @Size(max = 2000) @Nullable String customisation) {
    }
}
