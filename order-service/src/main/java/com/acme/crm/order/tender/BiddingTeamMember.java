package com.acme.crm.order.tender;

/** O-11: one member of the on-site bidding team the general manager names, with the role they play there. */
public record BiddingTeamMember(String memberId, String role) {
}
