package com.acme.crm.lead.lead;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A prospect in the pipeline, owned by one rep of one team. State changes only through the methods below, each of
 * which checks its rule, refuses with the rule's id, and returns the event that reports the change.
 */
public final class Lead {

    private LeadState s;

    private Lead(LeadState state) {
        this.s = state;
    }

    /** Rebuilds a stored lead. */
    public static Lead restore(LeadState state) {
        return new Lead(state);
    }

    /** L-1, L-2: a new lead, with its deadlines fixed at capture; {@code linkedCustomer} from an L-3 match. */
    public static LeadEvent.Captured capture(NewLead request, String ownerId, String team, String capturedBy,
                                             @Nullable UUID linkedCustomer, Instant now, FirstContactSla sla) {
        Objects.requireNonNull(request.channel(), "channel");
        if (request.channel() == Channel.REFERRAL && request.referrerCustomerId() == null) {
            throw new BusinessRuleViolation("L-1", "A referral lead names the referring customer");
        }
        Lead lead = new Lead(new LeadState(UUID.randomUUID(), request.name(), request.company(), request.contact(),
                request.channel(), request.referrerCustomerId(), request.notes(), ownerId, team, LeadStatus.NEW, null,
                capturedBy, now, sla.firstContactDue(now), sla.followUpEmailDue(request.channel(), now), null, null,
                null, null, now, null, null, null, linkedCustomer, null, null, 0));
        return new LeadEvent.Captured(lead.s);
    }

    /** L-3: another capture of the same prospect is recorded on this open lead instead of a second lead. */
    public LeadEvent.Merged mergeCapture(Channel channel, String capturedBy, Instant now) {
        requireOpen("L-3", "merge a capture into");
        s = s.touched(now);
        return new LeadEvent.Merged(s, channel, capturedBy, now);
    }

    /** L-8: a new owner in the same team; the SLA clock keeps running from the original capture. */
    public LeadEvent.Assigned assign(String newOwner, String assignedBy, Instant now) {
        requireOpen("L-8", "reassign");
        if (newOwner.equals(s.ownerId())) {
            throw new BusinessRuleViolation("L-8", "The lead is already owned by " + newOwner);
        }
        String previous = s.ownerId();
        s = s.owner(newOwner);
        return new LeadEvent.Assigned(s, previous, assignedBy, now);
    }

    /**
     * L-2: records a contact; the first stops the first-contact clock, an outbound e-mail answers a trade-show
     * lead's follow-up deadline. B-1: at most one outbound contact a day; an inbound one is always recorded.
     */
    public LeadEvent.Contacted recordContact(Contact contact, Instant now, ZoneId businessZone) {
        requireOpen("L-5", "record a contact on");
        if (contact.at().isAfter(now)) {
            throw new BusinessRuleViolation("L-2", "A contact cannot be recorded in the future");
        }
        if (contact.at().isBefore(s.capturedAt())) {
            throw new BusinessRuleViolation("L-2", "A contact cannot precede the lead's capture");
        }
        boolean outbound = contact.direction() == Contact.Direction.OUTBOUND;
        if (outbound && s.lastOutboundContactAt() != null
                && s.lastOutboundContactAt().atZone(businessZone).toLocalDate()
                .equals(contact.at().atZone(businessZone).toLocalDate())) {
            throw new BusinessRuleViolation("B-1", "This lead was already contacted today; at most one outbound "
                    + "contact a day unless the prospect calls in");
        }
        boolean first = s.firstContactedAt() == null;
        boolean withinSla = first && !contact.at().isAfter(s.firstContactDueAt());
        s = s.contacted(contact, first, outbound);
        return new LeadEvent.Contacted(s, contact, first, withinSla);
    }

    /** L-4: only a contacted lead is graded. */
    public LeadEvent.Graded grade(Grade grade, Instant now) {
        requireOpen("L-4", "grade");
        if (s.firstContactedAt() == null) {
            throw new BusinessRuleViolation("L-4", "A lead is graded after its first contact");
        }
        Grade previous = s.grade();
        s = s.graded(grade);
        return new LeadEvent.Graded(s, previous, now);
    }

    /** L-5: an invalid lead is archived with a reason, never deleted. */
    public LeadEvent.Archived archive(ArchiveReason reason, String by, Instant now) {
        requireOpen("L-5", "archive");
        s = s.archived(reason);
        return new LeadEvent.Archived(s, reason, by, now);
    }

    /** L-5: an archived lead can come back to where it was. */
    public LeadEvent.Reopened reopen(String by, Instant now) {
        if (s.status() != LeadStatus.ARCHIVED) {
            throw new BusinessRuleViolation("L-5", "Only an archived lead can be reopened");
        }
        s = s.reopened();
        return new LeadEvent.Reopened(s, by, now);
    }

    /** L-6: a graded (D or better) lead converts into a customer. */
    public LeadEvent.Converted convert(String by, Instant now) {
        requireOpen("L-6", "convert");
        if (s.grade() == null) {
            throw new BusinessRuleViolation("L-6", "Only a graded lead (D or better, rule L-4) converts");
        }
        s = s.converted(now);
        return new LeadEvent.Converted(s, by, now);
    }

    /** L-6: customer-service registered the customer this lead converted into. */
    public void customerRegistered(UUID customerId) {
        s = s.customer(customerId);
    }

    /** L-2: the deadlines this lead has passed without their contact, each reported once. */
    public List<LeadEvent.SlaBreached> detectBreaches(Instant now) {
        List<LeadEvent.SlaBreached> breaches = new ArrayList<>(2);
        if (!s.status().isOpen()) {
            return breaches;
        }
        if (s.firstContactedAt() == null && s.firstContactBreachedAt() == null && now.isAfter(s.firstContactDueAt())) {
            s = s.firstContactBreached(now);
            breaches.add(new LeadEvent.SlaBreached(s, LeadEvent.Sla.FIRST_CONTACT, s.firstContactDueAt(), now));
        }
        Instant emailDue = s.followUpEmailDueAt();
        if (emailDue != null && s.followUpEmailSentAt() == null && s.followUpEmailBreachedAt() == null
                && now.isAfter(emailDue)) {
            s = s.followUpEmailBreached(now);
            breaches.add(new LeadEvent.SlaBreached(s, LeadEvent.Sla.TRADE_SHOW_FOLLOW_UP_EMAIL, emailDue, now));
        }
        return breaches;
    }

    /**
     * L-7: an open lead untouched for the nurture interval is owed a nurture touch; returns the event that opens
     * task {@code taskId}, or empty while the lead is closed or was touched within the interval.
     */
    public Optional<LeadEvent.NurtureDue> nurtureDue(Instant now, Duration interval, UUID taskId) {
        if (!s.status().isOpen() || !s.lastTouchAt().isBefore(now.minus(interval))) {
            return Optional.empty();
        }
        return Optional.of(new LeadEvent.NurtureDue(s, taskId, now));
    }

    /** L-2: past its first-contact deadline without a contact. */
    public boolean isOverdue(Instant now) {
        return s.status().isOpen() && s.firstContactedAt() == null && now.isAfter(s.firstContactDueAt());
    }

    public LeadState state() {
        return s;
    }

    public UUID id() {
        return s.id();
    }

    public String ownerId() {
        return s.ownerId();
    }

    public String team() {
        return s.team();
    }

    public LeadStatus status() {
        return s.status();
    }

    private void requireOpen(String rule, String action) {
        if (!s.status().isOpen()) {
            throw new BusinessRuleViolation(rule, "Cannot " + action + " a lead that is " + s.status());
        }
    }

    /** What a capture request says about the prospect. */
    public record NewLead(String name, @Nullable String company, ContactDetails contact, Channel channel,
                          @Nullable UUID referrerCustomerId, @Nullable String notes) {
    }
}
