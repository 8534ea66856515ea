package com.acme.crm.customer.customer;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happened to a customer, as the aggregate reports it. Every event carries an immutable snapshot of the
 * customer after the change and the values of the change, never the live aggregate; the messaging adapter publishes
 * each as an integration event.
 */
public sealed interface CustomerEvent {

    /** The customer as it was right after the change. */
    CustomerState customer();

    /**
     * A customer was registered (converted from lead {@code leadId}, or directly); fingerprints feed L-3 matching.
     * A lead that matched an existing customer is reported as that customer registered for the lead.
     */
    record Registered(CustomerState customer, @Nullable UUID leadId, List<String> fingerprints, Instant at)
            implements CustomerEvent {
    }

    /** C-1: the tier changed. */
    record TierChanged(CustomerState customer, @Nullable Tier previous, Instant at) implements CustomerEvent {
    }

    /** C-9: six months without a purchase; the reactivation task {@code taskId} is open. */
    record Dormant(CustomerState customer, UUID taskId, Instant at) implements CustomerEvent {
    }

    /** C-2: follow-up task {@code taskId} of {@code taskOwnerId} is past due by a full cadence; escalated. */
    record FollowUpOverdue(CustomerState customer, UUID taskId, String taskOwnerId, String taskKind, Instant dueAt,
                           Instant at) implements CustomerEvent {
    }

    /** C-6: follow-ups pause on the customer's request. */
    record Paused(CustomerState customer, Instant until, Instant at) implements CustomerEvent {
    }

    /** C-6: the pause ended. */
    record Resumed(CustomerState customer, Instant at) implements CustomerEvent {
    }

    /** C-8: handed over to another rep. */
    record HandedOver(CustomerState customer, String previousOwner, String by, Instant at) implements CustomerEvent {
    }

    /** C-4: visit {@code visitId} was filed; {@code late} past the filing deadline. */
    record VisitLogged(CustomerState customer, UUID visitId, String method, Instant visitedAt, Instant filedAt,
                       boolean late, boolean firstVisit, boolean progress) implements CustomerEvent {
    }

    /** B-1, C-2: {@code by} touched the customer on {@code channel} at {@code at} (phone touches feed R-2 call logs). */
    record Contacted(CustomerState customer, String by, String channel, boolean customerInitiated, Instant at)
            implements CustomerEvent {
    }

    /** C-3: the dedicated account manager was named (audited; no integration event). */
    record AccountManagerAssigned(CustomerState customer, String accountManagerId, @Nullable String previous,
                                  Instant at) implements CustomerEvent {
    }
}
