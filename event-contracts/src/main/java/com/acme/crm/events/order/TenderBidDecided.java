package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * O-8: the team's sales manager decided whether to bid for a reported tender.
 *
 * @param decision BID or NO_BID
 */
@EventType(value = "crm.tender.bid-decided.v1", topic = Topics.ORDER)
public record TenderBidDecided(
        UUID tenderId,
        UUID customerId,
        String ownerId,
        String team,
        String decision,
        String decidedBy,
        Instant decidedAt) implements TenderEvent {
}
