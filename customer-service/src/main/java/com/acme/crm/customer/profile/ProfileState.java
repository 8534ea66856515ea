package com.acme.crm.customer.profile;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * C-11: everything stored on a customer's profile: what the repository reads and writes and a {@link CustomerProfile}
 * is rebuilt from. {@code version} 0 is a profile never saved; {@code birthdays} hold one entry per contact person.
 */
public record ProfileState(UUID customerId, List<ChainLink> decisionChain, @Nullable BigDecimal budget,
                           @Nullable LocalDate decisionTime, @Nullable String preferences,
                           @Nullable Anniversary anniversary, List<ContactBirthday> birthdays, long version,
                           @Nullable Instant updatedAt, @Nullable String updatedBy) {

    public ProfileState {
        decisionChain = List.copyOf(decisionChain);
        birthdays = List.copyOf(birthdays);
    }
}
