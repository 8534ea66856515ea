package com.acme.crm.customer.trip;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.audit.AuditedEvents;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.visitplan.RepCustomers;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * R-4 commands: a rep requests a business trip naming the customers, the rep's team manager approves or rejects it,
 * and the rep reports an approved trip after it starts, linking the visit log entries of the trip. Each checks the
 * request, then changes the trip, writes its outbox event (approvals and reports) and audit entry in one transaction;
 * a refusal changes nothing.
 */
@Service
public class TripCommands {

    static final String AUDIT_TYPE = "business-trip";

    private final Trips trips;
    private final RepCustomers repCustomers;
    private final AuditedEvents<TripEvent> events;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final ZoneId zone;

    TripCommands(Trips trips, RepCustomers repCustomers, TripEventPublisher publisher, AuditLog audit,
                 TransactionalOperator transactions, Clock clock, CustomerProperties properties) {
        this.trips = trips;
        this.repCustomers = repCustomers;
        this.events = new AuditedEvents<>(AUDIT_TYPE, event -> event.trip().id(), publisher::publish,
                publisher::publishAll, audit);
        this.transactions = transactions;
        this.clock = clock;
        this.zone = properties.businessZone();
    }

    /** the caller asks for a trip; every customer must be the rep's own, the trip not in the past. */
    public Mono<TripState> request(NewTrip request, CrmUser user) {
        if (!user.hasAny(Role.SALES_REP, Role.ACCOUNT_MANAGER)) {
            return Mono.error(new ForbiddenByRule("R-4", "A business trip is requested by the rep who travels; "
                    + "managers decide on trips"));
        }
        if (request.repId() != null && !request.repId().equals(user.id())) {
            return Mono.error(new ForbiddenByRule("R-4", "repId: a rep requests only their own business trips"));
        }
        if (user.team() == null) {
            return Mono.error(new ForbiddenByRule("R-4", "A business trip is approved by the rep's team manager; "
                    + "this token names no team"));
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        if (request.startDate().isBefore(today)) {
            throw new InvalidFieldException("startDate", "is in the past (today is " + today + " in " + zone + ")");
        }
        if (request.endDate().isBefore(request.startDate())) {
            throw new InvalidFieldException("endDate", "is before startDate");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.customerIds().size(); i++) {
            if (!seen.add(request.customerIds().get(i))) {
                throw new InvalidFieldException("customerIds[" + i + "]", "appears twice");
            }
        }
        Trip.Draft draft = new Trip.Draft(request.destination().strip(), request.startDate(), request.endDate(),
                request.purpose().strip(), request.customerIds());
        return transactions.transactional(repCustomers.check(request.customerIds(), user.id(),
                        i -> "customerIds[" + i + "]")
                .then(Mono.defer(() -> {
                    TripEvent.Requested requested = Trip.request(UUID.randomUUID(), user.id(), user.team(), draft,
                            now);
                    TripState trip = requested.trip();
                    return trips.insert(trip)
                            .then(events.publish(requested, user.id(), "TRIP_REQUESTED", Map.of("start",
                                    trip.startDate().toString(), "customers", trip.customerIds().size())))
                            .thenReturn(trip);
                })));
    }

    /** the rep's team manager (a director, the general manager) approves or rejects a requested trip. */
    public Mono<TripState> decide(UUID id, boolean approve, @Nullable String comment, CrmUser user) {
        if (!approve && (comment == null || comment.isBlank())) {
            return Mono.error(new InvalidFieldException("comment", "is required to reject a trip (R-4)"));
        }
        Instant now = clock.instant();
        boolean approver = user.hasAny(Role.SALES_MANAGER, Role.SALES_DIRECTOR, Role.GENERAL_MANAGER);
        return transactions.transactional(visible(trips.lockById(id), id, user).flatMap(trip -> {
            if (approver && !trip.repId().equals(user.id()) && trip.status() != Trip.Status.REQUESTED) {
                return Mono.error(new ConflictException("R-4", "the trip is " + trip.status()
                        + "; only a requested trip is approved or rejected"));
            }
            TripEvent event = trip.decide(approve, comment, user.id(), approver, now);
            return save(event, user, approve ? "TRIP_APPROVED" : "TRIP_REJECTED", Map.of());
        }));
    }

    /**
     * the rep reports an approved trip after its start: the outcome and, optionally, visit log entries that must
     * be this rep's visits to the trip's customers during the trip (each named as {@code visitIds[i]} otherwise).
     */
    public Mono<TripState> report(UUID id, Report request, CrmUser user) {
        Instant now = clock.instant();
        return transactions.transactional(visible(trips.lockById(id), id, user).flatMap(trip -> {
            TripState state = trip.state();
            if (state.status() == Trip.Status.REPORTED && state.repId().equals(user.id())) {
                return Mono.error(new ConflictException("R-4", "the trip was reported already"));
            }
            Instant startsAt = startOf(state.startDate());
            trip.checkReportable(user.id(), startsAt, now);
            return checkVisits(state, request.visitIds()).then(Mono.defer(() -> save(
                    trip.report(request.outcome(), request.visitIds(), user.id(), startsAt, now), user,
                    "TRIP_REPORTED", Map.of("visits", request.visitIds().size()))));
        }));
    }

    private Mono<Void> checkVisits(TripState trip, List<UUID> visitIds) {
        if (visitIds.isEmpty()) {
            return Mono.empty();
        }
        Instant from = startOf(trip.startDate());
        Instant to = startOf(trip.endDate().plusDays(1));
        return trips.visits(visitIds).collectMap(Trips.LoggedVisit::id, Function.identity()).handle((found, sink) -> {
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < visitIds.size(); i++) {
                Trips.LoggedVisit visit = found.get(visitIds.get(i));
                if (!seen.add(visitIds.get(i))) {
                    sink.error(new InvalidFieldException("visitIds[" + i + "]", "appears twice"));
                    return;
                }
                if (visit == null || !visit.filedBy().equals(trip.repId())
                        || !trip.customerIds().contains(visit.customerId())
                        || visit.visitedAt().isBefore(from) || !visit.visitedAt().isBefore(to)) {
                    sink.error(new InvalidFieldException("visitIds[" + i + "]", "is not a visit of the trip's rep to "
                            + "one of its customers between " + trip.startDate() + " and " + trip.endDate() + " (R-4)"));
                    return;
                }
            }
            sink.complete();
        }).then();
    }

    private Mono<TripState> save(TripEvent event, CrmUser user, String action, Map<String, ?> details) {
        return trips.update(event.trip()).then(events.publish(event, user.id(), action, details))
                .thenReturn(event.trip());
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The trip if the caller's data scope includes it (the rep's own, the manager's team, all for directors). */
    static Mono<Trip> visible(Mono<Trip> trip, UUID id, CrmUser user) {
        DataScope scope = DataScope.of(user);
        return trip.filter(t -> scope.includes(t.repId(), t.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Business trip", id)));
    }

    /**
     * A rep's trip request.
     *
     * @param repId optional; when given it must be the caller
     */
    public record NewTrip(@Nullable String repId, String destination, LocalDate startDate, LocalDate endDate,
                          String purpose, List<UUID> customerIds) {
    }

    /** A rep's trip report: the outcome, and the visit log entries of the trip it links. */
    public record Report(String outcome, List<UUID> visitIds) {
    }
}
