package com.acme.crm.order.order.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.OrderProperties;
import com.acme.crm.order.order.ChangeRequest;
import com.acme.crm.order.order.MilestoneSplit;
import com.acme.crm.order.order.Order;
import com.acme.crm.order.order.OrderCommands;
import com.acme.crm.order.order.OrderRepository;
import com.acme.crm.order.order.Stage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Orders: read within the caller's data scope; fulfilment (O-4), acceptance (O-5) and change requests (O-6). */
@Tag(name = "Orders", description = "Orders made by signing quotes: fulfilment, acceptance, changes of terms")
@RestController
@RequestMapping("/api/orders")
class OrderController {

    private final OrderCommands commands;
    private final OrderRepository orders;
    private final OrderProperties properties;

    OrderController(OrderCommands commands, OrderRepository orders, OrderProperties properties) {
        this.commands = commands;
        this.orders = orders;
        this.properties = properties;
    }

    @Operation(summary = "List orders in the caller's data scope, newest first")
    @GetMapping
    @PreAuthorize(OrderAccess.READERS)
    Mono<PageResponse<OrderResponse>> list(@RequestParam(required = false) @Nullable Stage stage,
                                           @RequestParam(required = false) @Nullable Integer page,
                                           @RequestParam(required = false) @Nullable Integer size, CrmUser user) {
        DataScope scope = OrderCommands.readScope(user);
        if (scope.isNone()) {
            return Mono.just(PageResponse.of(List.of(), PageRequest.of(page, size, 50, properties.maxPageSize()), 0));
        }
        return orders.search(scope, stage, PageRequest.of(page, size, 50, properties.maxPageSize()))
                .map(result -> result.map(order -> OrderResponse.of(order.state(), null, null)));
    }

    @Operation(summary = "Read one order with its milestones, change requests and tasks")
    @GetMapping("/{id}")
    @PreAuthorize(OrderAccess.READERS)
    Mono<OrderResponse> get(@PathVariable UUID id, CrmUser user) {
        DataScope scope = OrderCommands.readScope(user);
        return orders.findById(id)
                .filter(order -> scope.includes(order.ownerId(), order.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Order", id)))
                .flatMap(this::render);
    }

    /** O-4: the next stage; SHIPPED needs a tracking number; ACCEPTED records the customer's acceptance (O-5). */
    @Operation(summary = "Move an order to its next fulfilment stage")
    @PostMapping("/{id}/fulfilment")
    @PreAuthorize(OrderAccess.SALES_WORK)
    Mono<OrderResponse> fulfil(@PathVariable UUID id, @Valid @RequestBody FulfilmentRequest request, CrmUser user) {
        if (request.stage() == Stage.SHIPPED && (request.trackingNumber() == null || request.trackingNumber().isBlank())) {
            throw new InvalidFieldException("trackingNumber", "a shipment needs a tracking number to share with the "
                    + "customer (O-4)");
        }
        return commands.advance(id, request.stage(), request.trackingNumber(), user).flatMap(this::render);
    }

    /** O-5: the customer accepts, or rejects with reasons, within the window. */
    @Operation(summary = "Record the customer's acceptance or rejection of the delivery")
    @PostMapping("/{id}/acceptance")
    @PreAuthorize(OrderAccess.SALES_WORK)
    Mono<OrderResponse> accept(@PathVariable UUID id, @Valid @RequestBody AcceptanceRequest request, CrmUser user) {
        boolean accepted = request.decision() == AcceptanceRequest.Decision.ACCEPTED;
        if (!accepted && (request.reasons() == null || request.reasons().stream().allMatch(r -> r == null || r.isBlank()))) {
            throw new InvalidFieldException("reasons", "a rejection names its reasons (O-5)");
        }
        return commands.answerAcceptance(id, accepted, request.reasons() == null ? List.of() : request.reasons(), user)
                .flatMap(this::render);
    }

    /** O-6: a change of the signed terms; applies only once a manager approves it. */
    @Operation(summary = "Request a change to an order's terms")
    @PostMapping("/{id}/change-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OrderAccess.SALES_WORK)
    Mono<ChangeRequest> requestChange(@PathVariable UUID id, @Valid @RequestBody ChangeRequestBody body,
                                      CrmUser user) {
        MilestoneSplit split = null;
        if (body.milestones() != null) {
            Split m = body.milestones();
            if (!MilestoneSplit.sumsToHundred(m.prepayment(), m.arrival(), m.acceptance())) {
                throw new InvalidFieldException("milestones", "the shares sum to "
                        + m.prepayment().add(m.arrival()).add(m.acceptance()).stripTrailingZeros().toPlainString()
                        + " %; a payment split must sum to 100 % (O-3)");
            }
            split = new MilestoneSplit(m.prepayment(), m.arrival(), m.acceptance());
        }
        return commands.requestChange(id, body.deliveryDate(), split, body.penaltyRate(), body.reason(), user);
    }

    @Operation(summary = "List an order's change requests")
    @GetMapping("/{id}/change-requests")
    @PreAuthorize(OrderAccess.READERS)
    Mono<List<ChangeRequest>> changeRequests(@PathVariable UUID id, CrmUser user) {
        return get(id, user).flatMap(order -> orders.changeRequests(id).collectList());
    }

    /** O-6: the manager approves (the change applies now) or rejects. */
    @Operation(summary = "Approve or reject a change request")
    @PostMapping("/{id}/change-requests/{requestId}/decision")
    @PreAuthorize(OrderAccess.APPROVERS)
    Mono<ChangeRequest> decide(@PathVariable UUID id, @PathVariable UUID requestId,
                               @Valid @RequestBody DecisionRequest request, CrmUser user) {
        return commands.decideChange(id, requestId, request.approve(), request.comment(), user);
    }

    private Mono<OrderResponse> render(Order order) {
        return Mono.zip(orders.changeRequests(order.id()).collectList(), orders.tasks(order.id()).collectList())
                .map(t -> OrderResponse.of(order.state(), t.getT1(), t.getT2()));
    }

    record FulfilmentRequest(@NotNull Stage stage, @Size(max = 100) @Nullable String trackingNumber) {
    }

    record AcceptanceRequest(@NotNull Decision decision, @Size(max = 20) @Nullable List<@Size(max = 2000) String> reasons) {

        enum Decision { ACCEPTED, REJECTED }
    }

    record Split(@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal prepayment,
                 @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal arrival,
                 @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal acceptance) {
    }

    record ChangeRequestBody(@Nullable LocalDate deliveryDate, @Valid @Nullable Split milestones,
                             @DecimalMin("0") @DecimalMax("1") @Nullable BigDecimal penaltyRate,
                             @Size(max = 2000) @Nullable String reason) {
    }

    record DecisionRequest(boolean approve, @Size(max = 2000) @Nullable String comment) {
    }
}
