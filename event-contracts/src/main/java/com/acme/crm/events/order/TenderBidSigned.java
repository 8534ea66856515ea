package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * O-11: the general manager signed and sealed the bid the manager approved and named the on-site bidding team; the
 * rep may now submit it.
 *
 * @param bidValue the bid's price, CNY
 * @param biddingTeam the user ids of the on-site bidding team (their roles stay in order-service)
 */
@EventType(value = "crm.tender.bid-signed.v1", topic = Topics.ORDER)
public record TenderBidSigned(
        UUID tenderId,
        UUID customerId,
        String ownerId,
        String team,
        BigDecimal bidValue,
        List<String> biddingTeam,
        String signedBy,
        Instant signedAt) implements TenderEvent {
}
