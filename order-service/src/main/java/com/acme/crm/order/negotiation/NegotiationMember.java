package com.acme.crm.order.negotiation;

/** O-12: one member of the negotiating team and the role the manager gives them (lead, technical, commercial…). */
public record NegotiationMember(String memberId, String role) {
}
