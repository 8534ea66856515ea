package com.acme.crm.customer.customer.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerEvent;
import com.acme.crm.customer.customer.CustomerEventPublisher;
import com.acme.crm.events.IntegrationEvent;
import com.acme.crm.events.customer.ContactPaused;
import com.acme.crm.events.customer.ContactResumed;
import com.acme.crm.events.customer.CustomerDormant;
import com.acme.crm.events.customer.CustomerHandedOver;
import com.acme.crm.events.customer.CustomerRegistered;
import com.acme.crm.events.customer.CustomerTierChanged;
import com.acme.crm.events.customer.FollowUpOverdue;
import com.acme.crm.events.customer.VisitLogged;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;

/** Turns domain customer events into the published contract: ids and business facts, never contact data (B-3). */
@Component
class OutboxCustomerEventPublisher implements CustomerEventPublisher {

    private final Outbox outbox;

    OutboxCustomerEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(CustomerEvent event) {
        return outbox.append(toContract(event));
    }

    @Override
    public Mono<Void> publishAll(List<CustomerEvent> events) {
        return outbox.appendAll(events.stream().map(OutboxCustomerEventPublisher::toContract).toList());
    }

    static IntegrationEvent toContract(CustomerEvent event) {
        Customer c = event.customer();
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
            return new FollowUpOverdue(c.id(), overdue.task().id(), overdue.task().ownerId(), c.team(),
                    overdue.task().kind().name(), overdue.task().dueAt(), overdue.at());
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
            return new VisitLogged(logged.visit().id(), c.id(), c.leadId(), c.ownerId(), c.team(),
                    logged.visit().method().name(), logged.visit().visitedAt(), logged.visit().filedAt(),
                    logged.visit().late(), logged.firstVisit(), logged.visit().progress());
        }
        throw new IllegalArgumentException("No integration event for " + event.getClass());
    }
}
