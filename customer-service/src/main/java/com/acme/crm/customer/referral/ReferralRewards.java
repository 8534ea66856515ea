package com.acme.crm.customer.referral;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.audit.AuditedEvents;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.Customers;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * L-1, L-9: referral leads are credited to the customer who referred them; when one converts, the referring customer
 * earns one reward ({@link RewardPolicy}), stored with {@code ReferralRewardRecorded} and an audit entry on the
 * referrer. Called from the lead events consumer inside the inbox transaction, after the conversion registered the
 * customer. A referrer unknown here gets nothing (a WARN with ids only), and the event is not retried.
 */
@Component
public class ReferralRewards {

    private static final Logger log = LoggerFactory.getLogger(ReferralRewards.class);
    private static final String ACTOR = "lead-service";

    private final Customers customers;
    private final Referrals referrals;
    private final AuditedEvents<ReferralReward> events;
    private final Clock clock;
    private final RewardPolicy policy;

    ReferralRewards(Customers customers, Referrals referrals, ReferralEventPublisher publisher, AuditLog audit,
                    Clock clock, ReferralProperties properties) {
        this.customers = customers;
        this.referrals = referrals;
        this.events = new AuditedEvents<>("customer", ReferralReward::referrerCustomerId, publisher::publish,
                publisher::publishAll, audit);
        this.clock = clock;
        this.policy = properties.rewardPolicy();
    }

    /** L-1: a captured lead names its referring customer; it is credited to that customer (if known here). */
    public Mono<Void> leadCaptured(UUID leadId, @Nullable UUID referrerCustomerId, String ownerId, String team,
                                   Instant capturedAt) {
        if (referrerCustomerId == null) {
            return Mono.empty();
        }
        return referrer(referrerCustomerId, leadId).flatMap(referrer ->
                referrals.captured(leadId, referrer.id(), ownerId, team, capturedAt));
    }

    /**
     * L-9: a lead converted; if it names a referring customer, that customer earns one reward for it. The lead's
     * customer is the one registered for it, or the existing customer it was linked to (L-3).
     */
    public Mono<Void> leadConverted(UUID leadId, @Nullable UUID referrerCustomerId, @Nullable UUID linkedCustomerId,
                                    String ownerId, String team, Instant convertedAt) {
        if (referrerCustomerId == null) {
            return Mono.empty();
        }
        Mono<Optional<UUID>> newCustomer = customers.findByLeadId(leadId).map(Customer::id)
                .switchIfEmpty(Mono.justOrEmpty(linkedCustomerId)).map(Optional::of).defaultIfEmpty(Optional.empty());
        return referrer(referrerCustomerId, leadId).zipWith(newCustomer).flatMap(found -> {
            Customer referrer = found.getT1();
            if (found.getT2().isEmpty()) {
                log.warn("Referral lead {} converted but no customer is registered for it: no reward", leadId);
                return Mono.empty();
            }
            UUID customer = found.getT2().get();
            if (customer.equals(referrer.id())) {
                log.warn("Referral lead {} converted into its own referrer {}: no reward", leadId, customer);
                return Mono.empty();
            }
            return referrals.converted(leadId, referrer.id(), ownerId, team, customer, convertedAt)
                    .then(reward(referrer, leadId, customer));
        });
    }

    private Mono<Void> reward(Customer referrer, UUID leadId, UUID newCustomer) {
        ReferralReward reward = policy.rewardFor(referrer, leadId, newCustomer, clock.instant());
        return referrals.insertReward(reward).flatMap(first -> !first ? Mono.empty()
                : events.publish(reward, ACTOR, "REFERRAL_REWARD_RECORDED", Map.of("lead", leadId.toString(),
                        "reward", reward.id().toString(), "kind", reward.kind().name())));
    }

    private Mono<Customer> referrer(UUID referrerCustomerId, UUID leadId) {
        return customers.findById(referrerCustomerId).switchIfEmpty(Mono.fromRunnable(() -> log.warn(
                "Referral lead {} names referring customer {}, unknown here: nothing recorded", leadId,
                referrerCustomerId)));
    }
}
