package com.acme.crm.aftersales.survey;

import com.acme.crm.chassis.test.KafkaProbe;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** OrderAccepted events as order-service publishes them on crm.order.events, sent raw to the test broker. */
public final class OrderAcceptances {

    private OrderAcceptances() {
    }

    /** An OrderAccepted keyed by the order, with that CloudEvents id. */
    public static void accepted(UUID orderId, UUID customerId, String owner, String team, boolean deemed,
                                UUID eventId) {
        send(orderId, orderId, customerId, owner, team, deemed, eventId);
    }

    /** An OrderAccepted under another record key: it lands on that key's partition, after what was sent there. */
    public static void acceptedWithKey(UUID key, UUID orderId, UUID customerId, String owner, String team) {
        send(key, orderId, customerId, owner, team, false, UUID.randomUUID());
    }

    public static void accepted(UUID orderId, UUID customerId, String owner, String team) {
        accepted(orderId, customerId, owner, team, false, UUID.randomUUID());
    }

    private static void send(UUID key, UUID orderId, UUID customerId, String owner, String team, boolean deemed,
                             UUID eventId) {
        String json = """
                {"orderId":"%s","customerId":"%s","ownerId":"%s","team":"%s","deemed":%s,
                 "acceptedAt":"2026-11-23T09:00:00Z"}""".formatted(orderId, customerId, owner, team, deemed);
        KafkaProbe.send("crm.order.events", key.toString(), json.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_id", eventId.toString(), "ce_type", "crm.order.accepted.v1", "ce_source", "/crm/order-service",
                "ce_specversion", "1.0", "ce_subject", orderId.toString(), "ce_time", "2026-11-23T09:00:00Z"));
    }
}
