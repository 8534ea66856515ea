package com.acme.crm.order.payment.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.order.order.Milestone;
import com.acme.crm.order.order.OrderCommands;
import com.acme.crm.order.order.OrderRepository;
import com.acme.crm.order.order.Payment;
import com.acme.crm.order.order.web.OrderAccess;
import com.acme.crm.order.payment.PaymentCommands;
import com.acme.crm.order.payment.Payments;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payments against an order's milestones (O-7), finance's confirmation (O-10) and credit-sale approval (O-9). */
@Tag(name = "Payments", description = "Payments against order milestones, collection confirmation, credit sales")
@RestController
@RequestMapping("/api/orders/{id}")
class PaymentController {

    private final PaymentCommands commands;
    private final Payments payments;
    private final OrderRepository orders;

    PaymentController(PaymentCommands commands, Payments payments, OrderRepository orders) {
        this.commands = commands;
        this.payments = payments;
        this.orders = orders;
    }

    /** O-7: partial payments allowed; more than the milestone's outstanding amount is refused naming O-7. */
    @Operation(summary = "Record a payment against one of the order's milestones")
    @PostMapping("/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OrderAccess.SALES_WORK)
    Mono<Payment> record(@PathVariable UUID id, @Valid @RequestBody PaymentRequest request, CrmUser user) {
        return commands.record(id, request.milestone(), request.amount(), request.receivedAt(), user);
    }

    @Operation(summary = "List the payments recorded on an order")
    @GetMapping("/payments")
    @PreAuthorize(OrderAccess.READERS)
    Mono<List<Payment>> list(@PathVariable UUID id, CrmUser user) {
        var scope = OrderCommands.readScope(user);
        return orders.findById(id).filter(order -> scope.includes(order.ownerId(), order.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Order", id)))
                .flatMap(order -> payments.ofOrder(id).collectList());
    }

    /** O-10: finance confirms after sales recorded; the general manager where configured. */
    @Operation(summary = "Confirm a recorded payment as collected (finance)")
    @PostMapping("/payments/{paymentId}/confirmation")
    @PreAuthorize(OrderAccess.COLLECTION_CONFIRMERS)
    Mono<Payment> confirm(@PathVariable UUID id, @PathVariable UUID paymentId, CrmUser user) {
        return commands.confirm(id, paymentId, user);
    }

    /** O-7, O-9: a credit check is recorded and the manager shares responsibility for the receivable. */
    @Operation(summary = "Approve shipping before the prepayment (credit sale) after a credit check")
    @PostMapping("/credit-approval")
    @PreAuthorize(OrderAccess.APPROVERS)
    Mono<CreditApproval> approveCredit(@PathVariable UUID id, @Valid @RequestBody CreditRequest request,
                                       CrmUser user) {
        return commands.approveCreditSale(id, request.creditCheck(), user)
                .map(order -> new CreditApproval(order.id(), order.state().creditCheck(),
                        order.state().creditApprovedBy(), order.state().creditApprovedAt()));
    }

    record PaymentRequest(@NotNull Milestone.Kind milestone,
                          @NotNull @DecimalMin("0.01") @Digits(integer = 14, fraction = 2) BigDecimal amount,
                          @Nullable Instant receivedAt) {
    }

    record CreditRequest(@NotBlank @Size(max = 4000) String creditCheck) {
    }

    record CreditApproval(UUID orderId, @Nullable String creditCheck, @Nullable String approvedBy,
                          @Nullable Instant approvedAt) {
    }
}
