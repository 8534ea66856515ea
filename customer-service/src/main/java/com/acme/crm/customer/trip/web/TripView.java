package com.acme.crm.customer.trip.web;

import com.acme.crm.customer.trip.Trip;
import com.acme.crm.customer.trip.TripState;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A business trip as the API shows it: the request, the decision and the report once filed. */
record TripView(UUID id, String repId, String team, String destination, LocalDate startDate, LocalDate endDate,
                String purpose, List<UUID> customerIds, Trip.Status status, Instant requestedAt,
                @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionComment,
                @Nullable String outcome, List<UUID> visitIds, @Nullable Instant reportedAt) {

    static TripView of(TripState t) {
        return new TripView(t.id(), t.repId(), t.team(), t.destination(), t.startDate(), t.endDate(), t.purpose(),
                t.customerIds(), t.status(), t.requestedAt(), t.decidedBy(), t.decidedAt(), t.decisionComment(),
                t.outcome(), t.visitIds(), t.reportedAt());
    }
}
