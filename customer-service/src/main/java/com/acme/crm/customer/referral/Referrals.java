package com.acme.crm.customer.referral;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/** Where referral requests, referred leads and rewards are kept (L-9); the persistence adapter implements it. */
public interface Referrals {

    /**
     * L-9: records that the referral request of a signed order was decided (a task, or none and the rule why);
     * false, and nothing written, when the order was decided already.
     */
    Mono<Boolean> decideRequest(UUID orderId, UUID customerId, Instant signedAt, @Nullable UUID taskId,
                                @Nullable String skippedRule, Instant now);

    /** L-1: a referral lead was captured; kept once per lead. */
    Mono<Void> captured(UUID leadId, UUID referrerCustomerId, String leadOwnerId, String leadTeam, Instant capturedAt);

    /** L-9: a referral lead converted into {@code newCustomerId}. */
    Mono<Void> converted(UUID leadId, UUID referrerCustomerId, String leadOwnerId, String leadTeam,
                         UUID newCustomerId, Instant convertedAt);

    /** L-9: stores the reward; false, and nothing written, when the lead has earned one already. */
    Mono<Boolean> insertReward(ReferralReward reward);

    /** The customer's referred leads with their rewards, newest first. */
    Mono<PageResponse<Referral>> referralsOf(UUID referrerCustomerId, PageRequest page);

    /** Rewards within the scope (on the referring customer's owner and team), newest first. */
    Mono<PageResponse<ReferralReward>> rewards(RewardQuery query, DataScope scope, PageRequest page);
}
