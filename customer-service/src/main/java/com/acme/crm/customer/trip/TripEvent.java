package com.acme.crm.customer.trip;

/**
 * What happened to a business trip, as the aggregate reports it: each event carries the trip right after the
 * change. Approvals and reports are published; requests and rejections are only audited.
 */
public sealed interface TripEvent {

    /** The trip as it was right after the change. */
    TripState trip();

    /** The rep asked for the trip. */
    record Requested(TripState trip) implements TripEvent {
    }

    /** The team manager approved it. */
    record Approved(TripState trip) implements TripEvent {
    }

    /** The team manager rejected it with a comment. */
    record Rejected(TripState trip) implements TripEvent {
    }

    /** The rep reported the trip's outcome. */
    record Reported(TripState trip) implements TripEvent {
    }
}
