package com.acme.crm.order.order;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.order.OrderProperties;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The commands on orders: opening one from a signed quote (O-3), fulfilment (O-4), acceptance (O-5) and change
 * requests (O-6). Each loads the order within the caller's data scope, lets the order check its rule, and stores the
 * change with its events and audit entries in one transaction. Who may run a command is decided by the web
 * adapter's {@code @PreAuthorize} before it gets here.
 */
@Component
public class OrderCommands implements OrderBook {

    /** O-4: the task shipping opens for the order's owner. */
    public static final String SHARE_TRACKING_TASK = "SHARE_TRACKING";

    private final OrderRepository orders;
    private final OrderChanges changes;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final OrderPolicy policy;

    OrderCommands(OrderRepository orders, OrderChanges changes, TransactionalOperator transactions, Clock clock,
                  OrderProperties properties) {
        this.orders = orders;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policyOf(properties);
    }

    /** The order rules' numbers from {@code crm.order.*}. */
    public static OrderPolicy policyOf(OrderProperties p) {
        OrderProperties.Orders o = p.orders();
        return new OrderPolicy(new MilestoneSplit(p.prepaymentPercent(), p.arrivalPercent(), p.acceptancePercent()),
                o.penaltyRate(), o.prepaymentDue(), o.arrivalPaymentDue(), o.acceptancePaymentDue(),
                o.acceptanceWindow(), o.shareTrackingWithin(), o.deliveryReminderBefore(), o.businessZone());
    }

    /**
     * Which orders a caller may read: the pipeline's scope (rep own, manager team, director, general manager and
     * support all); finance all (orders carry no contact data); a service agent their team's, read-only.
     */
    public static DataScope readScope(CrmUser user) {
        DataScope scope = DataScope.of(user);
        if (!scope.isNone()) {
            return scope;
        }
        if (user.has(Role.FINANCE)) {
            return DataScope.ALL;
        }
        if (user.has(Role.SERVICE_AGENT) && user.team() != null) {
            return new DataScope(null, user.team(), false);
        }
        return DataScope.NONE;
    }

    public OrderPolicy policy() {
        return policy;
    }

    /** O-3: joins the signing transaction of the quote (or starts one), stores the order and publishes OrderSigned. */
    @Override
    public Mono<Order> open(SignedQuote quote) {
        return Mono.defer(() -> {
            OrderEvent.Signed signed = Order.sign(quote, policy);
            Order order = signed.order();
            return transactions.transactional(orders.insert(order)
                    .then(changes.publish(quote.signedBy(), List.of(OrderChanges.change(signed, Map.of(
                            "quote", quote.quoteId().toString(), "amount", order.state().amount().toPlainString(),
                            "deliveryDate", quote.deliveryDate().toString())))))
                    .thenReturn(order));
        });
    }

    /** O-4, O-5: moves the order to the next stage; SHIPPED opens the share-the-tracking-number task. */
    public Mono<Order> advance(UUID id, Stage target, @Nullable String trackingNumber, CrmUser user) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        return command(id, user, order -> {
            List<OrderEvent> events = new ArrayList<>(2);
            Mono<Void> extra = Mono.empty();
            switch (target) {
                case SIGNED -> throw new BusinessRuleViolation("O-4", "stage: an order is SIGNED when it is made");
                case PRODUCTION_SCHEDULED -> events.add(order.scheduleProduction(now));
                case SHIPPED -> {
                    OrderEvent.Shipped shipped = order.ship(trackingNumber, now, policy);
                    events.add(shipped);
                    extra = orders.openTask(order, SHARE_TRACKING_TASK, shipped.shareTrackingDueAt(), now);
                }
                case ARRIVED -> events.add(order.arrive(now, policy));
                case INSTALLED -> events.add(order.install(now, policy));
                case ACCEPTED -> events.add(order.accept(now, policy));
            }
            order.closeIfSettled(now).ifPresent(events::add);
            return extra.then(save(order, user, events));
        });
    }

    /** O-5: the customer's answer: accepted, or rejected with reasons. */
    public Mono<Order> answerAcceptance(UUID id, boolean accepted, List<String> reasons, CrmUser user) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        return command(id, user, order -> {
            List<OrderEvent> events = new ArrayList<>(2);
            if (accepted) {
                events.add(order.accept(now, policy));
                order.closeIfSettled(now).ifPresent(events::add);
            } else {
                events.add(order.reject(reasons, now));
            }
            return save(order, user, events);
        });
    }

    /** O-6: records a change request; the terms stay until a manager approves it. */
    public Mono<ChangeRequest> requestChange(UUID id, @Nullable LocalDate deliveryDate,
                                             @Nullable MilestoneSplit milestones, @Nullable BigDecimal penaltyRate,
                                             @Nullable String reason, CrmUser user) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        return transactions.transactional(locked(id, DataScope.of(user)).flatMap(order -> {
            OrderEvent.ChangeRequested requested = order.requestChange(deliveryDate, milestones, penaltyRate, reason,
                    user.id(), now);
            return orders.insertChangeRequest(requested.request())
                    .then(changes.publish(user.id(), List.of(OrderChanges.change(requested,
                            Map.of("changeRequest", requested.request().id().toString())))))
                    .thenReturn(requested.request());
        }));
    }

    /** O-6: a manager of the order's team (or a director, the general manager) approves or rejects a change. */
    public Mono<ChangeRequest> decideChange(UUID id, UUID requestId, boolean approve, @Nullable String comment,
                                            CrmUser user) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        return transactions.transactional(locked(id, DataScope.of(user)).flatMap(order -> orders.changeRequests(id)
                .filter(request -> request.id().equals(requestId)).next()
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Change request", requestId)))
                .flatMap(request -> {
                    if (request.requestedBy().equals(user.id())) {
                        throw new BusinessRuleViolation("O-6", "A change is approved by a manager other than the "
                                + "one who requested it");
                    }
                    OrderEvent decided = order.decideChange(request, approve, user.id(), comment, now, policy);
                    ChangeRequest result = decided instanceof OrderEvent.ChangeApproved a ? a.request()
                            : ((OrderEvent.ChangeRejected) decided).request();
                    Map<String, Object> details = new HashMap<>();
                    details.put("changeRequest", requestId.toString());
                    details.put("comment", comment);
                    return orders.updateChangeRequest(result)
                            .then(changes.save(order, user.id(), List.of(OrderChanges.change(decided, details))))
                            .thenReturn(result);
                })));
    }

    /** Runs a command on an order of the caller's (write) scope, in one transaction. */
    public Mono<Order> command(UUID id, CrmUser user, Function<Order, Mono<Order>> change) {
        return command(id, DataScope.of(user), change);
    }

    /** Runs a command on an order of the given scope (finance confirms on every order), in one transaction. */
    public Mono<Order> command(UUID id, DataScope scope, Function<Order, Mono<Order>> change) {
        return transactions.transactional(locked(id, scope).flatMap(change));
    }

    /** Stores the order with its events, each audited under the caller. */
    public Mono<Order> save(Order order, CrmUser user, List<OrderEvent> events) {
        return changes.save(order, user.id(), events.stream().map(e -> OrderChanges.change(e, Map.of())).toList());
    }

    private Mono<Order> locked(UUID id, DataScope scope) {
        return orders.lockById(id)
                .filter(order -> scope.includes(order.ownerId(), order.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Order", id)));
    }
}
