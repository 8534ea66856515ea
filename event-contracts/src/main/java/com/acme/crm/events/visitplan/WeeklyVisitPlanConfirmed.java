package com.acme.crm.events.visitplan;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * the rep's team manager (a director, the general manager) confirmed a weekly visit plan; every planned visit
 * became a task on the rep's due list on its day.
 *
 * @param weekStart the Monday of the planned week (in the business time zone)
 * @param revision the revision that was confirmed
 * @param visits how many visits (and tasks) the plan holds
 * @param customerIds the customers to visit (each once, in plan order)
 * @param expectedSales the sum of the visits' expected sales, CNY
 * @param late the plan was first submitted after its deadline
 */
@EventType(value = "crm.visitplan.weekly-confirmed.v1", topic = Topics.CUSTOMER)
public record WeeklyVisitPlanConfirmed(
        UUID planId,
        String repId,
        String team,
        LocalDate weekStart,
        int revision,
        int visits,
        List<UUID> customerIds,
        BigDecimal expectedSales,
        boolean late,
        String confirmedBy,
        Instant confirmedAt) implements VisitPlanEvent {
}
