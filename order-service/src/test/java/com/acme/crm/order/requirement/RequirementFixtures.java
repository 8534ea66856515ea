package com.acme.crm.order.requirement;

import com.acme.crm.chassis.team.CustomerOwnership;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Requirements in the states the rules talk about (O-1). */
public final class RequirementFixtures {

    public static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    public static final CustomerOwnership CUSTOMER = new CustomerOwnership(UUID.randomUUID(), "rep-1", "east");

    private RequirementFixtures() {
    }

    /** Everything O-1 asks for, delivery installed within 60 days. */
    public static Requirement.Details complete() {
        return new Requirement.Details(List.of(new RequirementLine(UUID.randomUUID(), "Press P-200", "400 t", 2, null)),
                NOW.plus(Duration.ofDays(60)), DeliveryMeaning.INSTALLATION_COMPLETE, "Plant 3, Suzhou",
                "Runs 8 h at rated load", "Two operators, one day", 24);
    }

    /** A draft without delivery time, place or acceptance criteria. */
    public static Requirement draftWithoutDelivery() {
        Requirement.Details d = complete();
        return Requirement.draft(CUSTOMER, new Requirement.Details(d.lines(), null, null, null, null,
                d.trainingNeeds(), d.afterSalesResponseHours()), "rep-1", NOW);
    }

    public static Requirement completeDraft() {
        return Requirement.draft(CUSTOMER, complete(), "rep-1", NOW);
    }

    public static RequirementState confirmed() {
        Requirement requirement = completeDraft();
        requirement.confirm("rep-1", NOW.plusSeconds(60));
        return requirement.state();
    }
}
