package com.acme.crm.customer.trip;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A snapshot of a business trip, as stored and as events carry it.
 *
 * @param startDate the first day of the trip (business zone)
 * @param endDate the last day of the trip
 * @param customerIds the customers the trip is for, all in the rep's data scope when requested
 * @param decisionComment the manager's comment (required to reject)
 * @param outcome the rep's report of the trip, once filed
 * @param visitIds the visit log entries the report links
 */
public record TripState(UUID id, String repId, String team, String destination, LocalDate startDate,
                        LocalDate endDate, String purpose, List<UUID> customerIds, Trip.Status status,
                        Instant requestedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
                        @Nullable String decisionComment, @Nullable String outcome, List<UUID> visitIds,
                        @Nullable Instant reportedAt, long version) {

    public TripState {
        customerIds = List.copyOf(customerIds);
        visitIds = List.copyOf(visitIds);
    }
}
