package com.acme.crm.customer.registration.messaging;

import com.acme.crm.chassis.inbox.Inbox;
import com.acme.crm.chassis.team.TeamRosters;
import com.acme.crm.customer.referral.ReferralRewards;
import com.acme.crm.customer.registration.CustomerRegistration;
import com.acme.crm.events.lead.LeadCaptured;
import com.acme.crm.events.lead.LeadConverted;
import com.acme.crm.events.team.TeamRosterSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * {@code leadEvents} ({@code crm.lead.events}): a converted lead becomes a customer (L-6); team rosters tell who may
 * receive a handover (C-8). A referral lead is credited to its referring customer when captured (L-1) and, once
 * the conversion has registered the customer, earns it a reward (L-9, {@link ReferralRewards}) in the same inbox
 * transaction. One binding, so one consumer for all.
 */
@Configuration(proxyBeanMethods = false)
class LeadEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> leadEvents(Inbox inbox, CustomerRegistration registration, TeamRosters rosters,
                                         ReferralRewards referrals) {
        return inbox.consumer("customer-leads", handlers -> handlers
                .on(LeadConverted.class, (event, metadata) -> registration.fromConvertedLead(event.leadId(),
                        event.ownerId(), event.team(), event.company(), event.linkedCustomerId(),
                        event.contactFingerprints()).then(referrals.leadConverted(event.leadId(),
                        event.referrerCustomerId(), event.linkedCustomerId(), event.ownerId(), event.team(),
                        event.convertedAt())))
                .on(LeadCaptured.class, (event, metadata) -> referrals.leadCaptured(event.leadId(),
                        event.referrerCustomerId(), event.ownerId(), event.team(), event.capturedAt()))
                .on(TeamRosterSet.class, (event, metadata) -> rosters.replace(event.team(), event.members())));
    }
}
