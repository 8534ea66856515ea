package com.acme.crm.order.payment;

import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.order.OrderProperties;
import com.acme.crm.order.order.Milestone;
import com.acme.crm.order.order.Order;
import com.acme.crm.order.order.OrderCommands;
import com.acme.crm.order.order.OrderEvent;
import com.acme.crm.order.order.Payment;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Money on orders: sales records a payment against a milestone (O-7), finance confirms it (O-10; the general
 * manager where {@code crm.order.payments.general-manager-confirms-collections} is set), a manager approves a credit
 * sale after a credit check (O-9). The order closes once accepted and fully paid and confirmed (O-10).
 */
@Component
public class PaymentCommands {

    private final OrderCommands orders;
    private final Payments payments;
    private final Clock clock;
    private final OrderProperties properties;

    PaymentCommands(OrderCommands orders, Payments payments, Clock clock, OrderProperties properties) {
        this.orders = orders;
        this.payments = payments;
        this.clock = clock;
        this.properties = properties;
    }

    /** O-7: partial payments are fine; more than the milestone's outstanding amount is refused. */
    public Mono<Payment> record(UUID orderId, Milestone.Kind milestone, BigDecimal amount, @Nullable Instant receivedAt,
                                CrmUser user) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        Payment[] recorded = new Payment[1];
        return orders.command(orderId, user, order -> {
            OrderEvent.PaymentRecorded event = order.recordPayment(milestone, amount,
                    receivedAt == null ? now : receivedAt, user.id(), now);
            recorded[0] = event.payment();
            return payments.insert(event.payment()).then(orders.save(order, user, List.of(event)));
        }).map(order -> recorded[0]);
    }

    /** O-10: finance's confirmation of a payment sales recorded; may close the order. */
    public Mono<Payment> confirm(UUID orderId, UUID paymentId, CrmUser user) {
        if (!user.has(Role.FINANCE) && !(user.has(Role.GENERAL_MANAGER)
                && properties.payments().generalManagerConfirmsCollections())) {
            return Mono.error(new ForbiddenByRule("O-10", "A collection is confirmed by finance"
                    + (user.has(Role.GENERAL_MANAGER) ? "; this organisation has a finance role" : "")));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        Payment[] confirmed = new Payment[1];
        DataScope scope = OrderCommands.readScope(user);
        return orders.command(orderId, scope, order -> payments.lock(orderId, paymentId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Payment", paymentId)))
                .flatMap(payment -> {
                    List<OrderEvent> events = new ArrayList<>(2);
                    OrderEvent.CollectionConfirmed event = order.confirmCollection(payment, user.id(), now);
                    events.add(event);
                    order.closeIfSettled(now).ifPresent(events::add);
                    confirmed[0] = event.payment();
                    return payments.confirmed(event.payment()).then(orders.save(order, user, events));
                })).map(order -> confirmed[0]);
    }

    /** O-7, O-9: a manager of the order's team approves shipping before the prepayment, after a credit check. */
    public Mono<Order> approveCreditSale(UUID orderId, String creditCheck, CrmUser user) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        return orders.command(orderId, user, order -> orders.save(order, user,
                List.of(order.approveCreditSale(creditCheck, user.id(), now))));
    }
}
