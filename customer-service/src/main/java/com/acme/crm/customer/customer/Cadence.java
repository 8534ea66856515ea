package com.acme.crm.customer.customer;

import java.time.Duration;

/**
 * C-2: follow-up cadence by tier: A weekly (and a monthly on-site visit), B every two weeks, C monthly. A follow-up
 * past due by one full cadence escalates to the manager.
 */
public record Cadence(Duration a, Duration b, Duration c, Duration onSiteVisitA) {

    public Duration of(Tier tier) {
        return switch (tier) {
            case A -> a;
            case B -> b;
            case C -> c;
        };
    }
}
