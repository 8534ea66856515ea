package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * O-4: the delivery date is two days away (configurable); the customer is to be notified. Published once per order
 * by a job.
 */
@EventType(value = "crm.order.delivery-reminder-due.v1", topic = Topics.ORDER)
public record OrderDeliveryReminderDue(
        UUID orderId,
        UUID customerId,
        String ownerId,
        String team,
        LocalDate deliveryDate,
        Instant dueAt) implements OrderEvent {
}
