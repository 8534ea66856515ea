package com.acme.crm.events.customer;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * C-2: a follow-up is past due by a full cadence and escalates to the owner's manager; published once per task.
 *
 * @param team the team whose manager is notified
 * @param kind the kind of follow-up
 */
@EventType(value = "crm.customer.follow-up-overdue.v1", topic = Topics.CUSTOMER)
public record FollowUpOverdue(
        UUID customerId,
        UUID taskId,
        String ownerId,
        String team,
        String kind,
        Instant dueAt,
        Instant escalatedAt) implements CustomerEvent {
}
