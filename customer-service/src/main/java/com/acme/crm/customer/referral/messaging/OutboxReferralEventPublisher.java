package com.acme.crm.customer.referral.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.customer.referral.ReferralEventPublisher;
import com.acme.crm.customer.referral.ReferralReward;
import com.acme.crm.events.referral.ReferralRewardRecorded;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;

/** Turns a recorded reward into {@code ReferralRewardRecorded} (L-9): ids, the kind and the amount or points (B-3). */
@Component
class OutboxReferralEventPublisher implements ReferralEventPublisher {

    private final Outbox outbox;

    OutboxReferralEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(ReferralReward reward) {
        return outbox.append(toContract(reward));
    }

    @Override
    public Mono<Void> publishAll(List<ReferralReward> rewards) {
        return outbox.appendAll(rewards.stream().map(OutboxReferralEventPublisher::toContract).toList());
    }

    static ReferralRewardRecorded toContract(ReferralReward r) {
        return new ReferralRewardRecorded(r.id(), r.referrerCustomerId(), r.referredLeadId(), r.newCustomerId(),
                r.kind().name(), r.amount(), r.currency(), r.points(), r.ownerId(), r.team(), r.recordedAt());
    }
}
