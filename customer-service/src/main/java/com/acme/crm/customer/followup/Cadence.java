package com.acme.crm.customer.followup;

import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.Tier;

import java.time.Duration;

/**
 * C-2: follow-up cadence by tier: A weekly (and a monthly on-site visit), B every two weeks, C monthly. A follow-up
 * past due by one full cadence escalates to the manager.
 */
public record Cadence(Duration a, Duration b, Duration c, Duration onSiteVisitA) {

    /** The cadence the service is configured with ({@code crm.customer.cadence-a/b/c}, {@code on-site-visit-a}). */
    public static Cadence from(CustomerProperties properties) {
        return new Cadence(properties.cadenceA(), properties.cadenceB(), properties.cadenceC(),
                properties.onSiteVisitA());
    }

    public Duration of(Tier tier) {
        return switch (tier) {
            case A -> a;
            case B -> b;
            case C -> c;
        };
    }
}
