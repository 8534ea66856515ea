package com.acme.crm.customer.profile;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * C-11: a contact person's birthday; personal data like the contact data (B-3): never in events or logs, masked for
 * roles that see contact data masked. {@code birthday} null: not known (or cleared on the profile).
 */
public record ContactBirthday(UUID contactId, @Nullable LocalDate birthday) {
}
