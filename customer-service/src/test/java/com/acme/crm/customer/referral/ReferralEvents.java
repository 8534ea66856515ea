package com.acme.crm.customer.referral;

import com.acme.crm.customer.customer.Events;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** L-9: the raw events of order-service and lead-service a referral reacts to, as they arrive on their topics. */
final class ReferralEvents {

    private ReferralEvents() {
    }

    /** order-service's OrderSigned, keyed by the order. */
    static void orderSigned(UUID orderId, UUID customerId, Instant signedAt, UUID eventId) {
        Events.send("crm.order.events", orderId, "crm.order.signed.v1", """
                {"orderId":"%s","customerId":"%s","ownerId":"rep","team":"t","amount":1000.00,"signedAt":"%s"}"""
                .formatted(orderId, customerId, signedAt), eventId);
    }

    /** lead-service's LeadCaptured of a REFERRAL lead, keyed by the lead. */
    static void referralCaptured(UUID leadId, UUID referrer, String owner, String team, Instant at, UUID eventId) {
        Events.send("crm.lead.events", leadId, "crm.lead.captured.v1", """
                {"leadId":"%s","channel":"REFERRAL","company":"Referred Co","ownerId":"%s","team":"%s",
                 "referrerCustomerId":"%s","capturedAt":"%s","firstContactDueAt":"%s","followUpEmailDueAt":null,
                 "contactFingerprints":[]}""".formatted(leadId, owner, team, referrer, at, at.plusSeconds(172800)),
                eventId);
    }

    /** lead-service's LeadConverted, keyed by the lead, naming the referring customer (L-1) if any. */
    static void converted(UUID leadId, @Nullable UUID referrer, String owner, String team, Instant at, UUID eventId) {
        Events.send("crm.lead.events", leadId, "crm.lead.converted.v1", """
                {"leadId":"%s","ownerId":"%s","team":"%s","company":"Referred Co %s","channel":"REFERRAL","grade":"B",
                 "referrerCustomerId":%s,"linkedCustomerId":null,"contactFingerprints":[],
                 "convertedBy":"%s","convertedAt":"%s"}""".formatted(leadId, owner, team, leadId,
                referrer == null ? "null" : "\"" + referrer + "\"", owner, at), eventId);
    }

    /** A roster event under {@code key}: once it is in the inbox, everything sent before under that key was consumed. */
    static UUID marker(Object key) {
        UUID eventId = UUID.randomUUID();
        Events.send("crm.lead.events", key, "crm.team.roster-set.v1", """
                {"team":"marker-%s","members":["m"],"setBy":"mgr","setAt":"2026-11-23T09:00:00Z"}"""
                .formatted(eventId), eventId);
        return eventId;
    }
}
