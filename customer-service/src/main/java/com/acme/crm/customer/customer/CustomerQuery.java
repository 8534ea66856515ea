package com.acme.crm.customer.customer;

import org.jspecify.annotations.Nullable;

/**
 * Filters of a customer list; every one is optional.
 *
 * @param dormant true for dormant customers (C-9)
 * @param overdue true for customers with a follow-up past due (C-2)
 */
public record CustomerQuery(@Nullable String ownerId, @Nullable String team, @Nullable Tier tier,
                            @Nullable Boolean dormant, @Nullable Boolean overdue) {
}
