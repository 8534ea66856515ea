package com.acme.crm.customer.handover;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.team.TeamRosters;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerEvent;
import com.acme.crm.customer.customer.CustomerEventPublisher;
import com.acme.crm.customer.customer.Customers;
import com.acme.crm.customer.followup.Tasks;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * C-8: hands one customer, a list, or all of a departing rep's customers to another rep in one request: a manager
 * within the team, a director or the general manager across teams, always to a rep on the roster of every team
 * whose customers move. Every customer moves through {@link Customer#handOver}, a bounded batch at a time (owners in
 * one statement, open tasks in one more, events and audit entries in one insert each); a customer the receiving rep
 * already owns is left as it is and not counted. The history stays (the audit trail records every move). All or
 * nothing: the batches share one transaction.
 */
@Service
public class Handover {

    /** Customers moved per batch: bounds memory and statement size whatever the number handed over. */
    static final int BATCH = 500;

    private final Customers customers;
    private final Tasks tasks;
    private final TeamRosters rosters;
    private final CustomerEventPublisher events;
    private final AuditLog audit;
    private final TransactionalOperator transactions;
    private final Clock clock;

    Handover(Customers customers, Tasks tasks, TeamRosters rosters, CustomerEventPublisher events, AuditLog audit,
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
        Move move = new Move(scope, fromOwner, customerIds, toOwner, user.id(), clock.instant());
        return transactions.transactional(onEveryTeam(move).then(batchesAfter(move, null, new Result(0, 0))));
    }

    /**
     * The receiving rep must be on the roster (as lead-service publishes it) of every team whose customers move;
     * the customers are locked first, so the check holds until they have moved, and a refusal moves nothing.
     */
    private Mono<Void> onEveryTeam(Move move) {
        return customers.lockTeamsOfHandover(move.scope(), move.fromOwner(), move.customerIds()).collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(team -> rosters.isMember(team, move.toOwner()).filter(member -> !member).map(notMember -> team))
                .collectList()
                .flatMap(missing -> missing.isEmpty() ? Mono.<Void>empty() : Mono.error(new BusinessRuleViolation("C-8",
                        move.toOwner() + " is not a rep of team " + String.join(", ", missing)
                                + "; nothing was handed over")));
    }

    /** Moves the next batch (read whole before anything is written), then the one after it, until none is left. */
    private Mono<Result> batchesAfter(Move move, @Nullable UUID after, Result soFar) {
        return customers.handoverBatch(move.scope(), move.fromOwner(), move.customerIds(), after, BATCH).collectList()
                .flatMap(batch -> {
                    if (batch.isEmpty()) {
                        return Mono.just(soFar);
                    }
                    UUID last = batch.get(batch.size() - 1).id();
                    return moveAll(move, batch).map(soFar::plus).flatMap(total -> batch.size() < BATCH
                            ? Mono.just(total) : batchesAfter(move, last, total));
                });
    }

    private Mono<Result> moveAll(Move move, List<Customer> batch) {
        List<Customer> moved = new ArrayList<>(batch.size());
        List<CustomerEvent> handedOver = new ArrayList<>(batch.size());
        List<AuditLog.Record> records = new ArrayList<>(batch.size());
        for (Customer customer : batch) {
            if (customer.ownerId().equals(move.toOwner())) {
                continue; // already the receiving rep's: nothing to hand over
            }
            CustomerEvent.HandedOver event = customer.handOver(move.toOwner(), move.by(), move.at());
            moved.add(customer);
            handedOver.add(event);
            records.add(new AuditLog.Record("HANDED_OVER", customer.id(),
                    Map.of("from", event.previousOwner(), "to", move.toOwner())));
        }
        if (moved.isEmpty()) {
            return Mono.just(new Result(0, 0));
        }
        return customers.updateOwners(moved)
                .then(tasks.moveOpen(moved.stream().map(Customer::id).toList(), move.toOwner()))
                .flatMap(tasksMoved -> events.publishAll(handedOver)
                        .then(audit.recordEach(move.by(), "customer", records))
                        .thenReturn(new Result(moved.size(), tasksMoved)));
    }

    /** One handover request: whose customers (or which), to whom, by whom, when. */
    private record Move(DataScope scope, @Nullable String fromOwner, List<UUID> customerIds, String toOwner, String by,
                        Instant at) {
    }

    /** A manager's token without a {@code team} claim is misconfigured: it hands nothing over rather than all. */
    public static final class ManagerWithoutTeam extends AccessDeniedException {

        ManagerWithoutTeam() {
            super("C-8: the manager's token has no team claim, so there is no team to hand customers over in");
        }
    }

    /** How many customers and open tasks moved. */
    public record Result(int customersHandedOver, long openTasksMoved) {

        Result plus(Result other) {
            return new Result(customersHandedOver + other.customersHandedOver, openTasksMoved + other.openTasksMoved);
        }
    }
}
