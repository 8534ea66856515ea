package com.acme.crm.aftersales.survey;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import java.time.Instant;
import java.util.UUID;

/**
 * A satisfaction survey. A-4: issued once per accepted order (deemed or not) and once per customer per quarter; the
 * customer answers once, satisfaction 1–5 and NPS 0–10. A second answer, or a score out of range, is refused naming
 *
 */
public final class Survey {

    private SurveyState s;

    private Survey(SurveyState state) {
        this.s = state;
    }

    public static Survey restore(SurveyState state) {
        return new Survey(state);
    }

    /** the survey after an order's acceptance. */
    public static Survey afterAcceptance(UUID orderId, UUID customerId, String ownerId, String team, Instant now) {
        return new Survey(new SurveyState(UUID.randomUUID(), customerId, ownerId, team, SurveyKind.ORDER_ACCEPTED,
                orderId, null, now, null, 0));
    }

    /** the customer's survey of the quarterly round. */
    public static Survey quarterly(Quarter quarter, UUID customerId, String ownerId, String team, Instant now) {
        return new Survey(new SurveyState(UUID.randomUUID(), customerId, ownerId, team, SurveyKind.QUARTERLY, null,
                quarter.toString(), now, null, 0));
    }

    public SurveyEvent.Issued issued() {
        return new SurveyEvent.Issued(s.id(), s.customerId(), s.ownerId(), s.team(), s.kind(), s.orderId(),
                s.quarter(), s.issuedAt());
    }

    /** records the customer's answer, once. */
    public SurveyEvent.Answered answer(int satisfaction, int nps, String by, Instant now) {
        if (s.answer() != null) {
            throw new BusinessRuleViolation("A-4", "Survey " + s.id() + " was already answered at "
                    + s.answer().at() + "; a survey is answered once");
        }
        if (satisfaction < 1 || satisfaction > 5) {
            throw new BusinessRuleViolation("A-4", "Satisfaction is 1 to 5, not " + satisfaction);
        }
        NpsBand band = NpsBand.of(nps);
        s = new SurveyState(s.id(), s.customerId(), s.ownerId(), s.team(), s.kind(), s.orderId(), s.quarter(),
                s.issuedAt(), new SurveyState.Answer(satisfaction, nps, by, now), s.version());
        return new SurveyEvent.Answered(s.id(), s.customerId(), s.team(), satisfaction, nps, band, by, now);
    }

    public SurveyState state() {
        return s;
    }
}
