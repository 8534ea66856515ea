package com.acme.crm.order;

import com.acme.crm.chassis.test.KafkaProbe;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** customer-service's and lead-service's events as they arrive on their topics. */
final class CustomerEvents {

    private CustomerEvents() {
    }

    /** A CustomerRegistered, sent with that record key and CloudEvents id. */
    static void registered(UUID customerId, String owner, String team, Object key, UUID eventId) {
        send("crm.customer.events", key, "crm.customer.registered.v1", """
                {"customerId":"%s","leadId":null,"ownerId":"%s","team":"%s","company":"Acme Tools",
                 "contactFingerprints":[],"registeredAt":"2026-11-23T09:00:00Z"}""".formatted(customerId, owner, team),
                eventId);
    }

    static void registered(UUID customerId, String owner, String team) {
        registered(customerId, owner, team, customerId, UUID.randomUUID());
    }

    static void handedOver(UUID customerId, String from, String to, String team) {
        send("crm.customer.events", customerId, "crm.customer.handed-over.v1", """
                {"customerId":"%s","fromOwnerId":"%s","toOwnerId":"%s","team":"%s","handedOverBy":"mgr",
                 "handedOverAt":"2026-11-23T10:00:00Z"}""".formatted(customerId, from, to, team), UUID.randomUUID());
    }

    static void rosterSet(String team, String member) {
        send("crm.lead.events", team, "crm.team.roster-set.v1", """
                {"team":"%s","members":["%s"],"setBy":"mgr","setAt":"2026-11-23T09:00:00Z"}""".formatted(team, member),
                UUID.randomUUID());
    }

    private static void send(String topic, Object key, String type, String json, UUID eventId) {
        KafkaProbe.send(topic, key.toString(), json.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_id", eventId.toString(), "ce_type", type, "ce_source", "/crm/test", "ce_specversion", "1.0",
                "ce_subject", key.toString(), "ce_time", "2026-11-23T09:00:00Z"));
    }
}
