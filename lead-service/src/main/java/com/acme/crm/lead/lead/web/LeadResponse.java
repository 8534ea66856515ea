package com.acme.crm.lead.lead.web;

import com.acme.crm.chassis.privacy.Masking;
import com.acme.crm.lead.lead.Channel;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadStatus;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A lead as the API shows it. Contact data is masked for readers outside the sales team (B-3); {@code overdue} is
 * read against the stored deadline (L-2).
 */
record LeadResponse(UUID id, String name, @Nullable String company, @Nullable String phone, @Nullable String email,
                    boolean contactMasked, Channel channel, @Nullable UUID referrerCustomerId, @Nullable String notes,
                    String ownerId, String team, LeadStatus status, String capturedBy, Instant capturedAt,
                    Instant firstContactDueAt, @Nullable Instant followUpEmailDueAt,
                    @Nullable Instant firstContactedAt, boolean overdue) {

    static LeadResponse of(Lead lead, boolean masked, Instant now) {
        String phone = lead.contact().phone();
        String email = lead.contact().email();
        return new LeadResponse(lead.id(), lead.name(), lead.company(),
                masked ? Masking.phone(phone) : phone, masked ? Masking.email(email) : email, masked,
                lead.channel(), lead.referrerCustomerId(), lead.notes(), lead.ownerId(), lead.team(), lead.status(),
                lead.capturedBy(), lead.capturedAt(), lead.firstContactDueAt(), lead.followUpEmailDueAt(),
                lead.firstContactedAt(), lead.isOverdue(now));
    }
}
