package com.acme.crm.events.customer;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * B-1, C-2: a rep recorded a touch with the customer (a call, an e-mail, a WeChat message); lead-service gathers the
 * phone touches into the rep's call log. Never the number, address or note (B-3).
 *
 * @param ownerId the customer's owner
 * @param contactedBy the user who recorded the touch (whose call log it belongs to)
 * @param channel how the customer was touched
 * @param customerInitiated the customer called or wrote in (B-1 does not limit it)
 * @param at when the touch happened
 */
@EventType(value = "crm.customer.contacted.v1", topic = Topics.CUSTOMER)
public record CustomerContacted(
        UUID customerId,
        String ownerId,
        String team,
        String contactedBy,
        String channel,
        boolean customerInitiated,
        Instant at) implements CustomerEvent {
}
