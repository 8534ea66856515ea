package com.acme.crm.customer.referral;

import reactor.core.publisher.Mono;

import java.util.List;

/** Publishes recorded referral rewards inside the transaction that stores them (the outbox makes them atomic). */
public interface ReferralEventPublisher {

    Mono<Void> publish(ReferralReward reward);

    Mono<Void> publishAll(List<ReferralReward> rewards);
}
