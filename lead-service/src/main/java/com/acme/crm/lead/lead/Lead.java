package com.acme.crm.lead.lead;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A prospect in the pipeline, owned by one rep of one team. State changes only through its methods, which check
 * the rule and return the event that reports the change.
 */
public final class Lead {

    private final UUID id;
    private final String name;
    private final @Nullable String company;
    private final ContactDetails contact;
    private final Channel channel;
    private final @Nullable UUID referrerCustomerId;
    private final @Nullable String notes;
    private final String ownerId;
    private final String team;
    private final String capturedBy;
    private final Instant capturedAt;
    private final Instant firstContactDueAt;
    private final @Nullable Instant followUpEmailDueAt;
    private LeadStatus status;
    private @Nullable Instant firstContactedAt;
    private long version;

    Lead(UUID id, String name, @Nullable String company, ContactDetails contact, Channel channel,
         @Nullable UUID referrerCustomerId, @Nullable String notes, String ownerId, String team, String capturedBy,
         Instant capturedAt, Instant firstContactDueAt, @Nullable Instant followUpEmailDueAt, LeadStatus status,
         @Nullable Instant firstContactedAt, long version) {
        this.id = id;
        this.name = name;
        this.company = company;
        this.contact = contact;
        this.channel = channel;
        this.referrerCustomerId = referrerCustomerId;
        this.notes = notes;
        this.ownerId = ownerId;
        this.team = team;
        this.capturedBy = capturedBy;
        this.capturedAt = capturedAt;
        this.firstContactDueAt = firstContactDueAt;
        this.followUpEmailDueAt = followUpEmailDueAt;
        this.status = status;
        this.firstContactedAt = firstContactedAt;
        this.version = version;
    }

    /** L-1, L-2: a new lead from a channel, with its deadlines fixed at capture. */
    public static LeadCaptured capture(NewLead request, String ownerId, String team, String capturedBy,
                                       Instant now, FirstContactSla sla) {
        Objects.requireNonNull(request.channel(), "channel");
        if (request.channel() == Channel.REFERRAL && request.referrerCustomerId() == null) {
            throw new BusinessRuleViolation("L-1", "A referral lead names the referring customer");
        }
        Lead lead = new Lead(UUID.randomUUID(), request.name(), request.company(), request.contact(),
                request.channel(), request.referrerCustomerId(), request.notes(), ownerId, team, capturedBy, now,
                sla.firstContactDue(now), sla.followUpEmailDue(request.channel(), now), LeadStatus.NEW, null, 0);
        return new LeadCaptured(lead);
    }

    /** L-2: past its first-contact deadline without a contact. */
    public boolean isOverdue(Instant now) {
        return firstContactedAt == null && now.isAfter(firstContactDueAt);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public @Nullable String company() {
        return company;
    }

    public ContactDetails contact() {
        return contact;
    }

    public Channel channel() {
        return channel;
    }

    public @Nullable UUID referrerCustomerId() {
        return referrerCustomerId;
    }

    public @Nullable String notes() {
        return notes;
    }

    public String ownerId() {
        return ownerId;
    }

    public String team() {
        return team;
    }

    public String capturedBy() {
        return capturedBy;
    }

    public Instant capturedAt() {
        return capturedAt;
    }

    public Instant firstContactDueAt() {
        return firstContactDueAt;
    }

    public @Nullable Instant followUpEmailDueAt() {
        return followUpEmailDueAt;
    }

    public LeadStatus status() {
        return status;
    }

    public @Nullable Instant firstContactedAt() {
        return firstContactedAt;
    }

    public long version() {
        return version;
    }

    /** What a capture request says about the prospect. */
    public record NewLead(String name, @Nullable String company, ContactDetails contact, Channel channel,
                          @Nullable UUID referrerCustomerId, @Nullable String notes) {
    }
}
