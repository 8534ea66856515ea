package com.acme.crm.customer.customer;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.InvalidFieldException;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * C-8: hands one customer, a list, or all of a departing rep's customers to another rep in one request: a manager
 * within the team, a director or the general manager across teams, always to a rep on the roster of every team
 * whose customers move. Owners and open tasks move in a few statements whatever the number, each customer publishes
 * {@code CustomerHandedOver}, and the history stays (the audit trail records every move). All or nothing.
 */
@Service
public class Handover {

    private final Customers customers;
    private final Tasks tasks;
    private final Rosters rosters;
    private final CustomerEventPublisher events;
    private final AuditLog audit;
    private final TransactionalOperator transactions;
    private final Clock clock;

    Handover(Customers customers, Tasks tasks, Rosters rosters, CustomerEventPublisher events, AuditLog audit,
             TransactionalOperator transactions, Clock clock) {
        this.customers = customers;
        this.tasks = tasks;
        this.rosters = rosters;
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Mono<Result> handOver(@Nullable String fromOwner, List<UUID> customerIds, String toOwner, CrmUser user) {
        if (!user.hasAny(Role.SALES_MANAGER, Role.SALES_DIRECTOR, Role.GENERAL_MANAGER)) {
            return Mono.error(new AccessDeniedException("C-8: only a manager hands customers over"));
        }
        boolean everyTeam = user.hasAny(Role.SALES_DIRECTOR, Role.GENERAL_MANAGER);
        if (!everyTeam && user.team() == null) {
            return Mono.error(new ManagerWithoutTeam());
        }
        if (fromOwner == null && customerIds.isEmpty()) {
            return Mono.error(new InvalidFieldException("customerIds", "name the customers, or fromOwnerId for all of a rep's"));
        }
        if (toOwner.equals(fromOwner)) {
            return Mono.error(new InvalidFieldException("toOwnerId", "must differ from fromOwnerId"));
        }
        DataScope scope = everyTeam ? DataScope.ALL : new DataScope(null, user.team(), false);
        Instant now = clock.instant();
        Mono<Result> moved = customers.handOver(scope, fromOwner, customerIds, toOwner, now).collectList()
                .flatMap(all -> {
                    if (all.isEmpty()) {
                        return Mono.just(new Result(0, 0));
                    }
                    List<UUID> ids = all.stream().map(m -> m.customer().id()).toList();
                    List<CustomerEvent> published = all.stream().map(m -> (CustomerEvent)
                            new CustomerEvent.HandedOver(m.customer(), m.previousOwner(), user.id(), now)).toList();
                    List<AuditLog.Record> records = all.stream().map(m -> new AuditLog.Record("HANDED_OVER",
                            m.customer().id(), Map.of("from", m.previousOwner(), "to", toOwner))).toList();
                    return tasks.moveOpen(ids, toOwner)
                            .flatMap(tasksMoved -> events.publishAll(published)
                                    .then(audit.recordEach(user.id(), "customer", records))
                                    .thenReturn(new Result(all.size(), tasksMoved)));
                });
        return transactions.transactional(onEveryTeam(scope, fromOwner, customerIds, toOwner).then(moved));
    }

    /**
     * The receiving rep must be on the roster (as lead-service publishes it) of every team whose customers move;
     * the customers are locked first, so the check holds until they have moved, and a refusal moves nothing.
     */
    private Mono<Void> onEveryTeam(DataScope scope, @Nullable String fromOwner, List<UUID> customerIds, String toOwner) {
        return customers.lockTeamsOfHandover(scope, fromOwner, customerIds).collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(team -> rosters.isMember(team, toOwner).filter(member -> !member).map(notMember -> team))
                .collectList()
                .flatMap(missing -> missing.isEmpty() ? Mono.<Void>empty() : Mono.error(new BusinessRuleViolation("C-8",
                        toOwner + " is not a rep of team " + String.join(", ", missing)
                                + "; nothing was handed over")));
    }

    /** A manager's token without a {@code team} claim is misconfigured: it hands nothing over rather than all. */
    public static final class ManagerWithoutTeam extends AccessDeniedException {

        ManagerWithoutTeam() {
            super("C-8: the manager's token has no team claim, so there is no team to hand customers over in");
        }
    }

    /** How many customers and open tasks moved. */
    public record Result(int customersHandedOver, long openTasksMoved) {
    }
}
