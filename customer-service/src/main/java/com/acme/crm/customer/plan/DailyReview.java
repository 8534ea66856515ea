package com.acme.crm.customer.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * the evening review of an approved plan: what was achieved, which target customers were visited and target
 * leads contacted, and a reason for every target missed.
 *
 * @param actuals visits counted from the visit log; calls and new intent customers as the rep reported them
 * @param visitedCustomerIds target customers with a visit log entry that day
 * @param contactedLeadIds target leads the rep reported as contacted
 * @param misses every target missed, with the rep's reason
 */
public record DailyReview(DailyCounts actuals, List<UUID> visitedCustomerIds, List<UUID> contactedLeadIds,
                          List<Miss> misses, Instant filedAt) {

    public DailyReview {
        visitedCustomerIds = List.copyOf(visitedCustomerIds);
        contactedLeadIds = List.copyOf(contactedLeadIds);
        misses = List.copyOf(misses);
    }

    /**
     * A missed target and why.
     *
     * @param target {@code calls}, {@code visits}, {@code newIntentCustomers}, {@code customer:<id>} or {@code lead:<id>}
     */
    public record Miss(String target, String reason) {
    }
}
