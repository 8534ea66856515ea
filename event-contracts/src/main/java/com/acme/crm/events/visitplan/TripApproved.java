package com.acme.crm.events.visitplan;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * the rep's team manager (a director, the general manager) approved a business trip request; destination,
 * purpose and the comment stay in customer-service's API.
 *
 * @param startDate the first day of the trip (in the business time zone)
 * @param endDate the last day of the trip
 * @param customerIds the customers the trip is for (all in the rep's data scope)
 */
@EventType(value = "crm.visitplan.trip-approved.v1", topic = Topics.CUSTOMER)
public record TripApproved(
        UUID tripId,
        String repId,
        String team,
        LocalDate startDate,
        LocalDate endDate,
        List<UUID> customerIds,
        String approvedBy,
        Instant approvedAt) implements VisitPlanEvent {
}
