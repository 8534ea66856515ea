package com.acme.crm.customer.plan;

/**
 * R-3 (defaults from R-1): the day's countable targets, or what was achieved against them.
 *
 * @param calls effective calls
 * @param visits on-site customer visits
 * @param newIntentCustomers new customers showing purchase intent
 */
public record DailyCounts(int calls, int visits, int newIntentCustomers) {

    public DailyCounts {
        if (calls < 0 || visits < 0 || newIntentCustomers < 0) {
            throw new IllegalArgumentException("Daily counts are never negative");
        }
    }
}
