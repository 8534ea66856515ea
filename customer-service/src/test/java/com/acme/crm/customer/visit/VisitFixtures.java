package com.acme.crm.customer.visit;

import com.acme.crm.customer.customer.Customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.acme.crm.customer.customer.CustomerFixtures.REGISTERED;
import static com.acme.crm.customer.customer.CustomerFixtures.REP;

/** Visits and visit plans of a customer in the states the rules (C-4, C-5, C-7) talk about. */
final class VisitFixtures {

    private VisitFixtures() {
    }

    /** A first visit (C-5) at {@code visitedAt}, filed {@code filedAt}, on site, without progress. */
    static Visit visit(Customer customer, Instant visitedAt, Instant filedAt, boolean clearAnswer) {
        return new Visit(UUID.randomUUID(), customer.id(), customer.ownerId(), customer.team(), "Ms Chen",
                "purchasing manager", visitedAt, 60, Visit.Method.ON_SITE,
                new Visit.Spin("runs two plants", "pumps fail in winter", null, null), null, null,
                new Visit.NextStep(customer.ownerId(), visitedAt.plusSeconds(86_400), "send the brochure"), null,
                false, clearAnswer, false, filedAt, customer.ownerId(), null, List.of());
    }

    /** C-7: a visit plan in the given state, for the customer. */
    static VisitPlan plan(Customer customer, VisitPlan.Status status, boolean used) {
        boolean decided = status != VisitPlan.Status.PENDING;
        return new VisitPlan(UUID.randomUUID(), customer.id(), "meet the plant director", "bring a reference case",
                REGISTERED.plusSeconds(7 * 86_400), status, REP, REGISTERED, decided ? "manager-1" : null,
                decided ? REGISTERED.plusSeconds(3600) : null, used ? UUID.randomUUID() : null);
    }
}
