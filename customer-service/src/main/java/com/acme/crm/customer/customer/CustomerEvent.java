package com.acme.crm.customer.customer;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happened to a customer, as the domain reports it; the messaging adapter publishes each as an integration event. */
public sealed interface CustomerEvent {

    Customer customer();

    /**
     * A customer was registered (converted from lead {@code leadId}, or directly); fingerprints feed L-3 matching.
     * A lead that matched an existing customer is reported as that customer registered for the lead.
     */
    record Registered(Customer customer, @Nullable UUID leadId, List<String> fingerprints, Instant at)
            implements CustomerEvent {
    }

    /** C-1: the tier changed. */
    record TierChanged(Customer customer, @Nullable Tier previous, Instant at) implements CustomerEvent {
    }

    /** C-9: six months without a purchase; a reactivation task is open. */
    record Dormant(Customer customer, UUID taskId, Instant at) implements CustomerEvent {
    }

    /** C-2: a follow-up is past due by a full cadence; escalated to the manager. */
    record FollowUpOverdue(Customer customer, Task task, Instant at) implements CustomerEvent {
    }

    /** C-6: follow-ups pause on the customer's request. */
    record Paused(Customer customer, Instant until, Instant at) implements CustomerEvent {
    }

    /** C-6: the pause ended. */
    record Resumed(Customer customer, Instant at) implements CustomerEvent {
    }

    /** C-8: handed over to another rep. */
    record HandedOver(Customer customer, String previousOwner, String by, Instant at) implements CustomerEvent {
    }

    /** C-4: a visit was filed. */
    record VisitLogged(Customer customer, Visit visit, boolean firstVisit) implements CustomerEvent {
    }
}
