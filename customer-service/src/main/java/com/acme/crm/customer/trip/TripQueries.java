package com.acme.crm.customer.trip;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.CustomerProperties;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/**
 * R-4 reads: the business trips in the caller's data scope (a rep their own, a manager the team's, directors and the
 * general manager all), one trip, and its audit history.
 */
@Service
public class TripQueries {

    private final Trips trips;
    private final AuditLog audit;
    private final int maxPageSize;

    TripQueries(Trips trips, AuditLog audit, CustomerProperties properties) {
        this.trips = trips;
        this.audit = audit;
        this.maxPageSize = properties.maxPageSize();
    }

    /** One page of the trips in the caller's scope matching the filters; latest start first. */
    public Mono<PageResponse<TripState>> list(TripQuery query, @Nullable Integer page, @Nullable Integer size,
                                              CrmUser user) {
        PageRequest request = PageRequest.of(page, size, 50, maxPageSize);
        return scope(user).flatMap(scope -> trips.search(query, scope, request));
    }

    /** One trip, if the caller's scope includes it. */
    public Mono<TripState> get(UUID id, CrmUser user) {
        return scope(user).flatMap(scope -> TripCommands.visible(trips.findById(id), id, user)).map(Trip::state);
    }

    /** The trip's audit trail (request, decision, report), newest first. */
    public Mono<List<AuditLog.Entry>> history(UUID id, CrmUser user) {
        return get(id, user).flatMap(trip -> audit.history(TripCommands.AUDIT_TYPE, id, 200).collectList());
    }

    private static Mono<DataScope> scope(CrmUser user) {
        DataScope scope = DataScope.of(user);
        return scope.isNone() ? Mono.error(new AccessDeniedException("No business trip data scope for these roles"))
                : Mono.just(scope);
    }
}
