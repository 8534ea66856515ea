package com.acme.crm.customer.trip;

import org.jspecify.annotations.Nullable;

/** Filters of the business trip list; each may be absent. */
public record TripQuery(@Nullable String repId, @Nullable String team, Trip.@Nullable Status status) {
}
