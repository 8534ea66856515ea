package com.acme.crm.customer.referral;

import com.acme.crm.customer.customer.Customer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * L-9: after an order is signed, the customer's owner asks for referrals once the customer has had the machine for
 * a while ({@code delay} after signing). C-6: a customer whose pause still runs when the request would be due gets
 * none: the pause's new-value touch is the next contact, and a referral ask during a pause would break it.
 */
public record ReferralRequestPolicy(Duration delay) {

    /** L-9: when the request is due, or empty when the customer's pause (C-6) still runs then. */
    public Optional<Instant> dueAt(Customer customer, Instant signedAt) {
        Instant due = signedAt.plus(delay);
        return customer.isPaused(due) ? Optional.empty() : Optional.of(due);
    }
}
