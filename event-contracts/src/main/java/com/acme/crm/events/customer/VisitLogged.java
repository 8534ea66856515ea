package com.acme.crm.events.customer;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * C-4: a visit or call was filed in the visit log; filed more than 24 h after the visit it is flagged late.
 *
 * @param leadId the lead the customer was converted from, for funnel analytics
 * @param late filed more than 24 h after the visit (C-4)
 * @param firstVisit the customer's first visit (C-5 follow-ups)
 * @param progress the visit moved the deal forward (C-7 counts visits without)
 */
@EventType(value = "crm.customer.visit-logged.v1", topic = Topics.CUSTOMER)
public record VisitLogged(
        UUID visitId,
        UUID customerId,
        @Nullable UUID leadId,
        String ownerId,
        String team,
        String method,
        Instant visitedAt,
        Instant filedAt,
        boolean late,
        boolean firstVisit,
        boolean progress) implements CustomerEvent {
}
