package com.acme.crm.customer.customer;

import com.acme.crm.chassis.test.KafkaProbe;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Raw events of other services, as they arrive on their topics. */
public final class Events {

    private Events() {
    }

    public static void send(String topic, Object key, String type, String json) {
        send(topic, key, type, json, UUID.randomUUID());
    }

    public static void send(String topic, Object key, String type, String json, UUID eventId) {
        KafkaProbe.send(topic, key.toString(), json.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_id", eventId.toString(), "ce_type", type, "ce_source", "/crm/test",
                "ce_specversion", "1.0", "ce_subject", key.toString(), "ce_time", "2026-11-23T09:00:00Z"));
    }

    public static void leadConverted(UUID leadId, String owner, String team, String company, UUID linkedCustomer) {
        send("crm.lead.events", leadId, "crm.lead.converted.v1", """
                {"leadId":"%s","ownerId":"%s","team":"%s","company":"%s","channel":"TRADE_SHOW","grade":"B",
                 "referrerCustomerId":null,"linkedCustomerId":%s,"contactFingerprints":["%s"],
                 "convertedBy":"%s","convertedAt":"2026-11-23T09:00:00Z"}""".formatted(leadId, owner, team, company,
                linkedCustomer == null ? "null" : "\"" + linkedCustomer + "\"", "b".repeat(64), owner));
    }

    public static void rosterSet(String team, String... members) {
        send("crm.lead.events", team, "crm.team.roster-set.v1", """
                {"team":"%s","members":[%s],"setBy":"mgr","setAt":"2026-11-23T09:00:00Z"}"""
                .formatted(team, String.join(",", java.util.Arrays.stream(members).map(m -> "\"" + m + "\"").toList())));
    }

    public static void orderSigned(UUID orderId, UUID customerId, String amount) {
        send("crm.order.events", orderId, "crm.order.signed.v1", """
                {"orderId":"%s","customerId":"%s","ownerId":"rep","team":"t","amount":%s,
                 "signedAt":"2026-11-23T09:00:00Z"}""".formatted(orderId, customerId, amount));
    }

    /** O-7: a payment against an order's milestone; the amount is written as the JSON number given. */
    public static UUID paymentReceived(UUID orderId, UUID customerId, String amount) {
        UUID eventId = UUID.randomUUID();
        send("crm.order.events", orderId, "crm.order.payment-received.v1", """
                {"orderId":"%s","customerId":"%s","amount":%s,"milestone":"PREPAYMENT",
                 "receivedAt":"2026-11-23T10:00:00Z"}""".formatted(orderId, customerId, amount), eventId);
        return eventId;
    }
}
