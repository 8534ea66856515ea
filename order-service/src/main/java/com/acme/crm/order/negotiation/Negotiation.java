package com.acme.crm.order.negotiation;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.order.quote.QuoteState;
import com.acme.crm.order.quote.QuoteStatus;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * O-12: a negotiation about a quote about to be signed. The sales manager sets topic, time, place, the team and their
 * roles; the issues it leaves open block the signature until each is resolved; a resolution that deviates from the
 * approved quote is a quote revision, which B-2 puts through approval again, and the negotiation moves to it.
 */
public final class Negotiation {

    private NegotiationState s;

    private Negotiation(NegotiationState state) {
        this.s = state;
    }

    public static Negotiation restore(NegotiationState state) {
        return new Negotiation(state);
    }

    /** O-12: only the sales manager records a negotiation, about a quote that is neither signed nor superseded. */
    public static Negotiation record(QuoteState quote, Setting setting, List<String> openIssues, String by,
                                     Set<Role> roles, Instant now) {
        if (!roles.contains(Role.SALES_MANAGER)) {
            throw new ForbiddenByRule("O-12", "The sales manager sets a negotiation's topic, time, place, team and roles");
        }
        requireNegotiable(quote);
        if (setting.members().isEmpty()) {
            throw new BusinessRuleViolation("O-12", "A negotiation names its team and their roles");
        }
        List<OpenIssue> issues = new ArrayList<>();
        for (String text : openIssues) {
            issues.add(new OpenIssue(issues.size() + 1, text, by, now, null, null, null, null));
        }
        return new Negotiation(new NegotiationState(UUID.randomUUID(), quote.id(), quote.requirementId(),
                quote.customerId(), quote.ownerId(), quote.team(), setting.topic(), setting.heldAt(), setting.place(),
                setting.members(), issues, by, now, 0));
    }

    public NegotiationEvent.Recorded recorded() {
        return new NegotiationEvent.Recorded(s.id(), s.quoteId(), s.openIssues(), s.recordedBy(), s.recordedAt());
    }

    /** O-12: a further point left open; the quote cannot be signed until it is resolved. */
    public NegotiationEvent.IssueRaised raise(String text, String by, Instant now) {
        List<OpenIssue> issues = new ArrayList<>(s.issues());
        int number = issues.size() + 1;
        issues.add(new OpenIssue(number, text, by, now, null, null, null, null));
        s = with(s.quoteId(), issues);
        return new NegotiationEvent.IssueRaised(s.id(), number, by, now);
    }

    /**
     * O-12: resolves an open issue. Agreed without deviating from the quote, no revision is named; a deviation is the
     * revision of the negotiated quote that carries it (B-2: it needs approval again), and the negotiation follows it.
     */
    public NegotiationEvent.IssueResolved resolve(int number, String resolution, @Nullable QuoteState revision,
                                                  String by, Instant now) {
        if (number < 1 || number > s.issues().size()) {
            throw new BusinessRuleViolation("O-12", "The negotiation has no issue " + number);
        }
        OpenIssue issue = s.issues().get(number - 1);
        if (!issue.open()) {
            throw new BusinessRuleViolation("O-12", "Issue " + number + " is already resolved");
        }
        UUID quoteId = s.quoteId();
        if (revision != null) {
            if (!s.quoteId().equals(revision.supersedesId())) {
                throw new BusinessRuleViolation("O-12", "A deviation from quote " + s.quoteId()
                        + " is a revision of it (B-2); quote " + revision.id() + " is not");
            }
            quoteId = revision.id();
        }
        List<OpenIssue> issues = new ArrayList<>(s.issues());
        issues.set(number - 1, issue.resolved(resolution, revision == null ? null : revision.id(), by, now));
        s = with(quoteId, issues);
        return new NegotiationEvent.IssueResolved(s.id(), number, revision == null ? null : revision.id(),
                s.openIssues(), by, now);
    }

    /** O-12: signing waits while any issue of the negotiations about the quote is open. */
    public static void requireResolved(long openIssues) {
        if (openIssues > 0) {
            throw new BusinessRuleViolation("O-12", "The negotiation left " + openIssues + " open issue"
                    + (openIssues == 1 ? "" : "s") + "; the contract is signed only when every one is resolved");
        }
    }

    public NegotiationState state() {
        return s;
    }

    private static void requireNegotiable(QuoteState quote) {
        if (quote.status() == QuoteStatus.SIGNED || quote.status() == QuoteStatus.SUPERSEDED) {
            throw new BusinessRuleViolation("O-12", "Quote " + quote.id() + " is " + quote.status()
                    + "; negotiate its current version before signing");
        }
    }

    private NegotiationState with(UUID quoteId, List<OpenIssue> issues) {
        return new NegotiationState(s.id(), quoteId, s.requirementId(), s.customerId(), s.ownerId(), s.team(),
                s.topic(), s.heldAt(), s.place(), s.members(), issues, s.recordedBy(), s.recordedAt(), s.version());
    }

    /** O-12: what the manager sets: topic, time, place, the team and their roles. */
    public record Setting(String topic, Instant heldAt, String place, List<NegotiationMember> members) {

        public Setting {
            members = List.copyOf(members);
        }
    }
}
