package com.acme.crm.lead.capture.web;

import com.acme.crm.lead.capture.CaptureLead;
import com.acme.crm.lead.lead.Channel;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** {@code POST /api/leads}: who the prospect is, how to reach them (phone or e-mail) and where they came from (L-1). */
@ReachableLead
public record CaptureLeadRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 200) @Nullable String company,
        @Pattern(regexp = "^\\+?[0-9][0-9 ()\\-]{5,24}$", message = "must be a phone number such as +86 138 0013 8000")
        @Nullable String phone,
        @Email @Size(max = 254) @Nullable String email,
        @NotNull Channel channel,
        @Nullable UUID referrerCustomerId,
        @Size(max = 64) @Nullable String ownerId,
        @Size(max = 64) @Nullable String team,
        @Size(max = 2000) @Nullable String notes) {

    public CaptureLead toCommand() {
        return new CaptureLead(name, blankToNull(company), blankToNull(phone), blankToNull(email), channel,
                referrerCustomerId, blankToNull(ownerId), blankToNull(team), blankToNull(notes));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
