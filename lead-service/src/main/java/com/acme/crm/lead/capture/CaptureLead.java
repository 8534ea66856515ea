package com.acme.crm.lead.capture;

import com.acme.crm.lead.lead.Channel;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** The capture command, as validated by the web layer. */
public record CaptureLead(String name, @Nullable String company, @Nullable String phone, @Nullable String email,
                          Channel channel, @Nullable UUID referrerCustomerId, @Nullable String ownerId,
                          @Nullable String team, @Nullable String notes) {
}
