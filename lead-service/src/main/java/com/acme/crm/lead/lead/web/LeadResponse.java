package com.acme.crm.lead.lead.web;

import com.acme.crm.chassis.privacy.Masking;
import com.acme.crm.lead.lead.ArchiveReason;
import com.acme.crm.lead.lead.Channel;
import com.acme.crm.lead.lead.Grade;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadState;
import com.acme.crm.lead.lead.LeadStatus;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A lead as the API shows it. Contact data is masked for readers outside the sales team (B-3); {@code overdue} is
 * read against the stored deadline (L-2); {@code outcome} tells a capture's caller whether it created the lead or
 * merged into it (L-3).
 */
public record LeadResponse(UUID id, String name, @Nullable String company, @Nullable String phone, @Nullable String email,
                    boolean contactMasked, Channel channel, @Nullable UUID referrerCustomerId, @Nullable String notes,
                    String ownerId, String team, LeadStatus status, @Nullable Grade grade, String capturedBy,
                    Instant capturedAt, Instant firstContactDueAt, @Nullable Instant followUpEmailDueAt,
                    @Nullable Instant firstContactedAt, @Nullable Instant followUpEmailSentAt, boolean overdue,
                    @Nullable Instant firstContactBreachedAt, Instant lastTouchAt,
                    @Nullable ArchiveReason archiveReason, @Nullable UUID linkedCustomerId,
                    @Nullable UUID customerId, @Nullable Instant convertedAt,
                    @Nullable Outcome outcome) {

    public static LeadResponse of(Lead lead, boolean masked, Instant now) {
        return of(lead, masked, now, null);
    }

    public static LeadResponse of(Lead lead, boolean masked, Instant now, @Nullable Outcome outcome) {
        LeadState s = lead.state();
        String phone = s.contact().phone();
        String email = s.contact().email();
        return new LeadResponse(s.id(), s.name(), s.company(),
                masked ? Masking.phone(phone) : phone, masked ? Masking.email(email) : email, masked,
                s.channel(), s.referrerCustomerId(), s.notes(), s.ownerId(), s.team(), s.status(), s.grade(),
                s.capturedBy(), s.capturedAt(), s.firstContactDueAt(), s.followUpEmailDueAt(), s.firstContactedAt(),
                s.followUpEmailSentAt(), lead.isOverdue(now), s.firstContactBreachedAt(), s.lastTouchAt(),
                s.archiveReason(), s.linkedCustomerId(), s.customerId(), s.convertedAt(), outcome);
    }

    /** What a capture did with the lead: created it, or merged the capture into it (L-3). */
    public enum Outcome { CREATED, MERGED }
}
