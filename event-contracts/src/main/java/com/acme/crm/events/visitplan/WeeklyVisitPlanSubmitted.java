package com.acme.crm.events.visitplan;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * a rep submitted (or, before the manager's confirmation, replaced) the visit plan of a week.
 *
 * @param weekStart the Monday of the planned week (in the business time zone)
 * @param revision 1 for the first submission, one more for each replacement
 * @param visits how many visits the plan holds
 * @param customerIds the customers to visit (each once, in plan order; all in the rep's data scope)
 * @param expectedSales the sum of the visits' expected sales, CNY
 * @param late first submitted after the deadline on the last working day of the week before
 */
@EventType(value = "crm.visitplan.weekly-submitted.v1", topic = Topics.CUSTOMER)
public record WeeklyVisitPlanSubmitted(
        UUID planId,
        String repId,
        String team,
        LocalDate weekStart,
        int revision,
        int visits,
        List<UUID> customerIds,
        BigDecimal expectedSales,
        boolean late,
        Instant submittedAt) implements VisitPlanEvent {
}
