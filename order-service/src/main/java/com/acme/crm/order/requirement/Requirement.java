package com.acme.crm.order.requirement;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.team.CustomerOwnership;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * O-1: what a customer needs, before any price: products with spec, quantity and customisation, delivery time and
 * what it means, place, acceptance criteria, training and after-sales response time. Drafted, then confirmed.
 */
public final class Requirement {

    private RequirementState s;

    private Requirement(RequirementState state) {
        this.s = state;
    }

    public static Requirement restore(RequirementState state) {
        return new Requirement(state);
    }

    /** A draft for the customer, owned by the customer's owner and team. */
    public static Requirement draft(CustomerOwnership customer, Details details, String by, Instant now) {
        if (details.lines().isEmpty()) {
            throw new BusinessRuleViolation("O-1", "A requirement names at least one product");
        }
        return new Requirement(new RequirementState(UUID.randomUUID(), customer.customerId(), customer.ownerId(),
                customer.team(), RequirementStatus.DRAFT, details.lines(), details.deliveryBy(),
                details.deliveryMeaning(), details.deliveryPlace(), details.acceptanceCriteria(),
                details.trainingNeeds(), details.afterSalesResponseHours(), by, now, null, null, 0));
    }

    public RequirementEvent.Drafted drafted() {
        return new RequirementEvent.Drafted(s.id(), s.customerId(), s.createdBy(), s.createdAt());
    }

    /** O-1: only a complete requirement with a delivery time still ahead is confirmed; confirming twice is refused. */
    public RequirementEvent.Confirmed confirm(String by, Instant now) {
        if (s.status() != RequirementStatus.DRAFT) {
            throw new BusinessRuleViolation("O-1", "The requirement is already confirmed");
        }
        List<String> missing = new ArrayList<>();
        if (s.deliveryBy() == null) {
            missing.add("deliveryBy");
        }
        if (s.deliveryMeaning() == null) {
            missing.add("deliveryMeaning");
        }
        if (blank(s.deliveryPlace())) {
            missing.add("deliveryPlace");
        }
        if (blank(s.acceptanceCriteria())) {
            missing.add("acceptanceCriteria");
        }
        if (blank(s.trainingNeeds())) {
            missing.add("trainingNeeds");
        }
        if (s.afterSalesResponseHours() == null) {
            missing.add("afterSalesResponseHours");
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleViolation("O-1", "A requirement is confirmed only when complete; missing: "
                    + String.join(", ", missing));
        }
        if (!s.deliveryBy().isAfter(now)) {
            throw new BusinessRuleViolation("O-1", "The delivery time " + s.deliveryBy() + " has already passed");
        }
        s = new RequirementState(s.id(), s.customerId(), s.ownerId(), s.team(), RequirementStatus.CONFIRMED, s.lines(),
                s.deliveryBy(), s.deliveryMeaning(), s.deliveryPlace(), s.acceptanceCriteria(), s.trainingNeeds(),
                s.afterSalesResponseHours(), s.createdBy(), s.createdAt(), by, now, s.version());
        return new RequirementEvent.Confirmed(s.id(), s.customerId(), s.ownerId(), s.team(), s.lines().size(),
                s.deliveryBy(), s.deliveryMeaning(), s.afterSalesResponseHours(), by, now);
    }

    /** O-1/O-2: quotes are made only from a confirmed requirement. */
    public void requireConfirmed() {
        if (s.status() != RequirementStatus.CONFIRMED) {
            throw new BusinessRuleViolation("O-1", "A quote starts from a confirmed requirement; requirement "
                    + s.id() + " is " + s.status());
        }
    }

    public RequirementState state() {
        return s;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** What the customer needs, as drafted. */
    public record Details(List<RequirementLine> lines, @Nullable Instant deliveryBy,
                          @Nullable DeliveryMeaning deliveryMeaning, @Nullable String deliveryPlace,
                          @Nullable String acceptanceCriteria, @Nullable String trainingNeeds,
                          @Nullable Integer afterSalesResponseHours) {

        public Details {
            lines = List.copyOf(lines);
        }
    }
}
