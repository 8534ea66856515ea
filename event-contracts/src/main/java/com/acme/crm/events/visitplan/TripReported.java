package com.acme.crm.events.visitplan;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * the rep filed the report of an approved business trip; the outcome text stays in customer-service's API.
 *
 * @param startDate the first day of the trip (in the business time zone)
 * @param endDate the last day of the trip
 * @param customerIds the customers the trip was for
 * @param visitIds visit log entries of the rep to those customers during the trip that the report links
 */
@EventType(value = "crm.visitplan.trip-reported.v1", topic = Topics.CUSTOMER)
public record TripReported(
        UUID tripId,
        String repId,
        String team,
        LocalDate startDate,
        LocalDate endDate,
        List<UUID> customerIds,
        List<UUID> visitIds,
        Instant reportedAt) implements VisitPlanEvent {
}
