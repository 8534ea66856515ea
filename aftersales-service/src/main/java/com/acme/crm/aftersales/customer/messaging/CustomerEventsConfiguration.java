package com.acme.crm.aftersales.customer.messaging;

import com.acme.crm.aftersales.customer.CustomerDirectory;
import com.acme.crm.chassis.inbox.Inbox;
import com.acme.crm.events.customer.CustomerHandedOver;
import com.acme.crm.events.customer.CustomerRegistered;
import com.acme.crm.events.team.TeamRosterSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * What the ownership projection consumes, once per event (the chassis inbox):
 * <ul>
 * <li>{@code customerEvents} ({@code crm.customer.events}, group {@code aftersales-service}): registrations and
 * handovers (C-8) set a customer's owner and team.</li>
 * <li>{@code teamEvents} ({@code crm.lead.events}, group {@code aftersales-service}): team rosters (L-8), the
 * round-robin order of ticket assignment .</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class CustomerEventsConfiguration {

    @Bean
    Consumer<Message<byte[]>> customerEvents(Inbox inbox, CustomerDirectory directory) {
        return inbox.consumer("aftersales-customers", handlers -> handlers
                .on(CustomerRegistered.class, (event, metadata) ->
                        directory.registered(event.customerId(), event.ownerId(), event.team()))
                .on(CustomerHandedOver.class, (event, metadata) ->
                        directory.handedOver(event.customerId(), event.toOwnerId(), event.team())));
    }

    @Bean
    Consumer<Message<byte[]>> teamEvents(Inbox inbox, CustomerDirectory directory) {
        return inbox.consumer("aftersales-teams", handlers -> handlers
                .on(TeamRosterSet.class, (event, metadata) -> directory.rosterSet(event.team(), event.members())));
    }
}
