package com.acme.crm.customer.customer.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.customer.customer.CustomerEvent;
import com.acme.crm.customer.customer.CustomerEventPublisher;
import com.acme.crm.customer.customer.CustomerState;
import com.acme.crm.events.IntegrationEvent;
import com.acme.crm.events.customer.ContactPaused;
import com.acme.crm.events.customer.ContactResumed;
import com.acme.crm.events.customer.CustomerContacted;
import com.acme.crm.events.customer.CustomerDormant;
import com.acme.crm.events.customer.CustomerHandedOver;
import com.acme.crm.events.customer.CustomerRegistered;
import com.acme.crm.events.customer.CustomerTierChanged;
import com.acme.crm.events.customer.FollowUpOverdue;
import com.acme.crm.events.customer.VisitLogged;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Objects;

/** Turns domain customer events into the published contract: ids and business facts, never contact data (B-3). */
@Component
class OutboxCustomerEventPublisher implements CustomerEventPublisher {

    private final Outbox outbox;

    OutboxCustomerEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(CustomerEvent event) {
        IntegrationEvent contract = toContract(event);
        return contract == null ? Mono.empty() : outbox.append(contract);
    }

    @Override
    public Mono<Void> publishAll(List<CustomerEvent> events) {
        List<IntegrationEvent> contracts = events.stream().map(OutboxCustomerEventPublisher::toContract)
                .filter(Objects::nonNull).toList();
        return contracts.isEmpty() ? Mono.empty() : outbox.appendAll(contracts);
    }

    /** The integration event other systems see, or null for a change they do not subscribe to. */
    static @Nullable IntegrationEvent toContract(CustomerEvent event) {
        CustomerState c = event.customer();
        if (event instanceof CustomerEvent.Registered registered) {
            return new CustomerRegistered(c.id(), registered.leadId(), c.ownerId(), c.team(), c.company(),
                    registered.fingerprints(), registered.at());
        }
        if (event instanceof CustomerEvent.TierChanged changed) {
            return new CustomerTierChanged(c.id(), c.ownerId(), c.team(), c.tier().name(),
                    changed.previous() == null ? null : changed.previous().name(), c.tierPinned(),
                    c.trailingPurchases(), changed.at());
        }
        if (event instanceof CustomerEvent.Dormant dormant) {
            return new CustomerDormant(c.id(), c.ownerId(), c.team(), c.lastPurchaseAt(), dormant.at(), dormant.taskId());
        }
        if (event instanceof CustomerEvent.FollowUpOverdue overdue) {
            return new FollowUpOverdue(c.id(), overdue.taskId(), overdue.taskOwnerId(), c.team(), overdue.taskKind(),
                    overdue.dueAt(), overdue.at());
        }
        if (event instanceof CustomerEvent.Paused paused) {
            return new ContactPaused(c.id(), c.ownerId(), c.team(), paused.until(), paused.at());
        }
        if (event instanceof CustomerEvent.Resumed resumed) {
            return new ContactResumed(c.id(), c.ownerId(), c.team(), resumed.at());
        }
        if (event instanceof CustomerEvent.HandedOver handedOver) {
            return new CustomerHandedOver(c.id(), handedOver.previousOwner(), c.ownerId(), c.team(), handedOver.by(),
                    handedOver.at());
        }
        if (event instanceof CustomerEvent.VisitLogged logged) {
            return new VisitLogged(logged.visitId(), c.id(), c.leadId(), c.ownerId(), c.team(), logged.method(),
                    logged.visitedAt(), logged.filedAt(), logged.late(), logged.firstVisit(), logged.progress());
        }
        if (event instanceof CustomerEvent.Contacted contacted) {
            return new CustomerContacted(c.id(), c.ownerId(), c.team(), contacted.by(), contacted.channel(),
                    contacted.customerInitiated(), contacted.at());
        }
        return null; // AccountManagerAssigned: audited only
    }
}
