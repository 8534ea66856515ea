package com.acme.crm.aftersales.inspection;

import java.time.Instant;
import java.util.UUID;

/** What happened to an inspection; ids and times only, never findings or contact data. */
public sealed interface InspectionEvent {

    UUID inspectionId();

    /** the quarter's inspection of a customer is due with the team's service agents by {@code dueAt}. */
    record Due(UUID inspectionId, UUID customerId, String ownerId, String team, String quarter, Instant dueAt,
               Instant at) implements InspectionEvent {
    }

    /** a service agent of the team did the inspection (stays inside the service). */
    record Completed(UUID inspectionId, UUID customerId, String team, String by, Instant at)
            implements InspectionEvent {
    }
}
