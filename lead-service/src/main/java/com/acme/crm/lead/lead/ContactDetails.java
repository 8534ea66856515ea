package com.acme.crm.lead.lead;

import org.jspecify.annotations.Nullable;

/**
 * How to reach the prospect, and the salted fingerprints that let other services match it without seeing it
 * (rules L-3, B-3). Confidential to the sales team.
 */
public record ContactDetails(@Nullable String phone, @Nullable String email,
                             @Nullable String phoneFingerprint, @Nullable String emailFingerprint) {
}
