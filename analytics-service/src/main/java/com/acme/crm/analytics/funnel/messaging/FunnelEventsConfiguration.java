package com.acme.crm.analytics.funnel.messaging;

import com.acme.crm.analytics.funnel.FunnelRepository;
import com.acme.crm.chassis.inbox.Inbox;
import com.acme.crm.analytics.funnel.FunnelStage;
import com.acme.crm.events.lead.LeadCaptured;
import com.acme.crm.events.lead.LeadContacted;
import com.acme.crm.events.lead.LeadGraded;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import reactor.core.publisher.Mono;

import java.util.function.Consumer;

/**
 * The {@code leadEvents} binding ({@code crm.lead.events}, group {@code analytics-service}): each lead event moves
 * its lead through the funnel (N-1): captured, first contacted, graded (every grade is D or better, L-4).
 * {@code crm_leads_captured_total{channel}} counts first deliveries only.
 */
@Configuration(proxyBeanMethods = false)
class FunnelEventsConfiguration {

    @Bean
    Consumer<Message<byte[]>> leadEvents(Inbox inbox, FunnelRepository funnel, MeterRegistry meters) {
        return inbox.consumer("analytics-funnel", handlers -> handlers
                .on(LeadCaptured.class, (event, metadata) -> funnel
                        .leadCaptured(event.leadId(), event.channel(), event.ownerId(), event.team(), event.capturedAt())
                        .flatMap(inserted -> {
                            if (inserted) {
                                meters.counter("crm.leads.captured", "channel", event.channel()).increment();
                            }
                            return Mono.<Void>empty();
                        }))
                .on(LeadContacted.class, (event, metadata) -> event.firstContact()
                        ? funnel.reached(event.leadId(), FunnelStage.CONTACTED, event.contactedAt()) : Mono.empty())
                .on(LeadGraded.class, (event, metadata) ->
                        funnel.reached(event.leadId(), FunnelStage.GRADED, event.gradedAt())));
    }
}
