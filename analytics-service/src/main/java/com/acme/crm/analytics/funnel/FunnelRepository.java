package com.acme.crm.analytics.funnel;

import com.acme.crm.chassis.security.DataScope;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The funnel's own table; the persistence adapter implements it. */
public interface FunnelRepository {

    /** Records a captured lead once; a second call for the same lead changes nothing. */
    Mono<Boolean> leadCaptured(UUID leadId, String channel, String ownerId, String team, Instant capturedAt);

    /**
     * Marks the lead as having reached a later stage at that time; the first time counts (a later event for the
     * same stage, or one arriving before the capture, changes nothing that is already set).
     */
    Mono<Void> reached(UUID leadId, FunnelStage stage, Instant at);

    /**
     * Links a customer to the lead it was converted from (L-6) and carries over the order stages the customer
     * reached before analytics knew it; the first time of each stage counts.
     */
    Mono<Void> customerRegistered(UUID customerId, UUID leadId);

    /**
     * The customer reached an order stage ({@link FunnelStage#isReachedThroughCustomer()}): its lead reaches it too,
     * at the first time seen. Kept for the customer until {@link #customerRegistered} names the lead, so an order
     * event that overtakes the registration is not lost.
     */
    Mono<Void> customerReached(UUID customerId, FunnelStage stage, Instant at);

    /** Stage counts per channel of the leads captured in {@code [from, to)} within the scope. */
    Mono<Map<String, FunnelCounts>> countsByChannel(@Nullable Instant from, @Nullable Instant to, DataScope scope);
}
