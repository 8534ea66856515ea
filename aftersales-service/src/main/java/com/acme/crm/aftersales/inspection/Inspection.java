package com.acme.crm.aftersales.inspection;

import com.acme.crm.aftersales.survey.Quarter;
import com.acme.crm.chassis.rules.BusinessRuleViolation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A proactive inspection. A-5: every customer with an accepted order gets one each quarter, owned by its team's
 * service agents and due by the end of the quarter; it is done once (a second completion is refused naming A-5).
 */
public final class Inspection {

    private InspectionState s;

    private Inspection(InspectionState state) {
        this.s = state;
    }

    public static Inspection restore(InspectionState state) {
        return new Inspection(state);
    }

    /** the quarter's inspection of the customer, due at the end of the quarter in the business zone. */
    public static Inspection schedule(UUID customerId, String ownerId, String team, Quarter quarter, ZoneId zone,
                                      Instant now) {
        return new Inspection(new InspectionState(UUID.randomUUID(), customerId, ownerId, team, quarter.toString(),
                now, quarter.end(zone), null, 0));
    }

    public InspectionEvent.Due due() {
        return new InspectionEvent.Due(s.id(), s.customerId(), s.ownerId(), s.team(), s.quarter(), s.dueAt(),
                s.createdAt());
    }

    /** a service agent records the inspection done, once. */
    public InspectionEvent.Completed complete(String findings, String by, Instant now) {
        if (s.completion() != null) {
            throw new BusinessRuleViolation("A-5", "Inspection " + s.id() + " was already done at "
                    + s.completion().at());
        }
        s = new InspectionState(s.id(), s.customerId(), s.ownerId(), s.team(), s.quarter(), s.createdAt(), s.dueAt(),
                new InspectionState.Completion(by, now, findings), s.version());
        return new InspectionEvent.Completed(s.id(), s.customerId(), s.team(), by, now);
    }

    public InspectionState state() {
        return s;
    }
}
