package com.acme.crm.aftersales.ticket;

import com.acme.crm.aftersales.AftersalesProperties;
import com.acme.crm.aftersales.customer.AftersalesScope;
import com.acme.crm.aftersales.customer.CustomerDirectory;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.NotFoundException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * opens tickets for customers the caller may see, assigns them round-robin over the customer's team roster and
 * moves them through response, resolution, reopening and closure, each with its event in the same transaction. A
 * ticket outside the caller's data scope is answered like a missing one (404).
 */
@Component
public class TicketDesk {

    private final Tickets tickets;
    private final CustomerDirectory customers;
    private final TicketEventPublisher publisher;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final TicketPolicy policy;
    private final int maxPageSize;

    TicketDesk(Tickets tickets, CustomerDirectory customers, TicketEventPublisher publisher,
               TransactionalOperator transactions, Clock clock, AftersalesProperties properties) {
        this.tickets = tickets;
        this.customers = customers;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policyOf(properties);
        this.maxPageSize = properties.maxPageSize();
    }

    /** the configured clocks, per type and priority where set. */
    public static TicketPolicy policyOf(AftersalesProperties properties) {
        Map<String, TicketPolicy.Sla> overrides = new LinkedHashMap<>();
        properties.tickets().sla().forEach((key, sla) ->
                overrides.put(key, new TicketPolicy.Sla(sla.responseWithin(), sla.resolutionWithin())));
        return new TicketPolicy(properties.tickets().responseWithin(), properties.tickets().resolutionWithin(),
                overrides);
    }

    public Mono<TicketState> open(UUID customerId, @Nullable UUID orderId, TicketType type, Priority priority,
                                  String description, CrmUser user) {
        return customers.require(customerId, user, TicketPolicy.RULE)
                .flatMap(customer -> customers.nextAgent(customer.team()).map(agent -> Ticket.open(UUID.randomUUID(),
                        customerId, orderId, type, priority, description, customer.ownerId(), customer.team(),
                        agent.orElse(null), user.id(), now(), policy)))
                .flatMap(ticket -> tickets.insert(ticket.state())
                        .then(publisher.publishAll(List.of(ticket.opened())))
                        .thenReturn(ticket.state()))
                .as(transactions::transactional);
    }

    public Mono<TicketState> respond(UUID id, CrmUser user) {
        return change(id, user, (ticket, at) -> ticket.respond(user.id(), at));
    }

    public Mono<TicketState> resolve(UUID id, CrmUser user) {
        return change(id, user, (ticket, at) -> ticket.resolve(user.id(), at));
    }

    public Mono<TicketState> reopen(UUID id, CrmUser user) {
        return change(id, user, (ticket, at) -> ticket.reopen(user.id(), at, policy));
    }

    public Mono<TicketState> close(UUID id, CrmUser user) {
        return change(id, user, (ticket, at) -> ticket.close(user.id(), at));
    }

    public Mono<TicketState> find(UUID id, CrmUser user) {
        return visible(id, user);
    }

    public Mono<List<TicketState>> latest(CrmUser user, boolean escalatedOnly, int limit) {
        DataScope scope = AftersalesScope.of(user);
        return scope.isNone() ? Mono.just(List.of())
                : tickets.latest(scope, escalatedOnly, Math.min(limit, maxPageSize)).collectList();
    }

    private Mono<TicketState> change(UUID id, CrmUser user, BiFunction<Ticket, Instant, TicketEvent> command) {
        return visible(id, user)
                .flatMap(state -> {
                    Ticket ticket = Ticket.restore(state);
                    TicketEvent event = command.apply(ticket, now());
                    return tickets.update(ticket.state())
                            .then(publisher.publishAll(List.of(event)))
                            .thenReturn(ticket.state());
                })
                .as(transactions::transactional);
    }

    private Mono<TicketState> visible(UUID id, CrmUser user) {
        DataScope scope = AftersalesScope.of(user);
        return tickets.find(id)
                .filter(ticket -> scope.includes(ticket.ownerId(), ticket.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Ticket", id)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
    }
}
