package com.acme.crm.events.referral;

import com.acme.crm.events.IntegrationEvent;

import java.util.UUID;

/** Events about a referring customer's referrals (L-9), keyed by the referring customer's id. */
public sealed interface ReferralEvent extends IntegrationEvent permits ReferralRewardRecorded {

    UUID referrerCustomerId();

    @Override
    default String aggregateId() {
        return referrerCustomerId().toString();
    }
}
