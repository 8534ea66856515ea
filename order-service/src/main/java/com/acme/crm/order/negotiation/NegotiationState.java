package com.acme.crm.order.negotiation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One negotiation as stored: the quote (version) under negotiation and its requirement, the customer's owner and team,
 * topic, time, place, the team and their roles, and its issues. {@code version} guards concurrent changes.
 */
public record NegotiationState(UUID id, UUID quoteId, UUID requirementId, UUID customerId, String ownerId,
                               String team, String topic, Instant heldAt, String place,
                               List<NegotiationMember> members, List<OpenIssue> issues, String recordedBy,
                               Instant recordedAt, long version) {

    public NegotiationState {
        members = List.copyOf(members);
        issues = List.copyOf(issues);
    }

    /** O-12: how many issues still wait for a resolution. */
    public int openIssues() {
        return (int) issues.stream().filter(OpenIssue::open).count();
    }
}
