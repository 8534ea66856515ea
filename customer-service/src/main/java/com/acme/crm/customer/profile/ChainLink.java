package com.acme.crm.customer.profile;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * C-11: one person of the decision chain, in the chain's order: a name, their title at the customer, their influence,
 * and the contact person they are (when they are one of the customer's contacts).
 */
public record ChainLink(String name, @Nullable String title, Influence influence, @Nullable UUID contactId) {
}
