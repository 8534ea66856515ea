package com.acme.crm.customer.visitplan;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * one visit of a weekly plan: which customer, on which day of the week, why, the sales it is expected to bring
 * (CNY) and its place in that day's route.
 *
 * @param routeOrder the visit's place in the day's route (1 first); distinct within a day
 * @param taskId the PLANNED_VISIT task opened for it when the plan was confirmed
 */
public record PlannedVisit(UUID customerId, LocalDate day, String purpose, BigDecimal expectedSales, int routeOrder,
                           @Nullable UUID taskId) {

    PlannedVisit withTask(UUID task) {
        return new PlannedVisit(customerId, day, purpose, expectedSales, routeOrder, task);
    }
}
