package com.acme.crm.customer.referral;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * L-1, L-9: a lead credited to the customer who referred it, from its capture (when customer-service saw it) to its
 * conversion, with the reward it earned once converted.
 *
 * @param leadOwnerId the rep who owns the referred lead
 * @param capturedAt when the lead was captured (absent when only its conversion was seen)
 * @param newCustomerId the customer the lead converted into
 */
public record Referral(UUID leadId, UUID referrerCustomerId, String leadOwnerId, String leadTeam,
                       @Nullable Instant capturedAt, @Nullable Instant convertedAt, @Nullable UUID newCustomerId,
                       @Nullable ReferralReward reward) {
}
