package com.acme.crm.order.tender;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.team.CustomerOwnership;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A tender (bid request) of a customer. O-8: reported to the team's sales manager first, who alone decides whether to
 * bid. O-11: after a decision to bid, in this order: the rep drafts the bid, the manager reviews it, the general
 * manager signs it and names the on-site team, the rep submits it and records the outcome. A step out of order is
 * refused naming O-11; a step by a role the rule does not name is forbidden naming the rule.
 */
public final class Tender {

    private TenderState s;

    private Tender(TenderState state) {
        this.s = state;
    }

    public static Tender restore(TenderState state) {
        return new Tender(state);
    }

    /** O-8: the rep reports the tender; nothing more happens until the manager decides. */
    public static Tender report(CustomerOwnership customer, String title, Instant submissionDeadline,
                                BigDecimal estimatedValue, String by, Instant now) {
        return new Tender(new TenderState(UUID.randomUUID(), customer.customerId(), customer.ownerId(),
                customer.team(), title, submissionDeadline, estimatedValue, TenderStatus.REPORTED,
                new TenderState.Step(by, now), null, null, null, null, null, null, List.of(), null, null, null, null,
                0));
    }

    public TenderEvent.Reported reported() {
        return new TenderEvent.Reported(s.id(), s.customerId(), s.ownerId(), s.team(), s.estimatedValue(),
                s.submissionDeadline(), s.reported().by(), s.reported().at());
    }

    /** O-8: only the team's sales manager decides, once. */
    public TenderEvent.BidDecided decide(BidDecision decision, String by, Set<Role> roles, Instant now) {
        if (!roles.contains(Role.SALES_MANAGER)) {
            throw new ForbiddenByRule("O-8", "Only the team's sales manager decides whether to bid for a tender");
        }
        if (s.status() != TenderStatus.REPORTED) {
            throw new BusinessRuleViolation("O-8", "The bid decision was already taken: the tender is " + s.status());
        }
        TenderState.Step step = new TenderState.Step(by, now);
        s = copy(decision == BidDecision.BID ? TenderStatus.BID_DECIDED : TenderStatus.NO_BID, decision, step,
                s.bid(), s.drafted(), s.reviewComment(), s.reviewed(), s.biddingTeam(), s.signed(), s.submitted(),
                s.result(), s.quoteId());
        return new TenderEvent.BidDecided(s.id(), s.customerId(), s.ownerId(), s.team(), decision, by, now);
    }

    /** O-11: the rep drafts the bid after the decision to bid, or redrafts one the manager sent back. */
    public TenderEvent.BidDrafted draftBid(Bid bid, String by, Set<Role> roles, Instant now) {
        requireRole(roles, "the rep drafts the bid", Role.SALES_REP, Role.ACCOUNT_MANAGER);
        requireStep(TenderStatus.BID_DECIDED, "draft the bid");
        s = copy(TenderStatus.BID_DRAFTED, s.decision(), s.decided(), bid, new TenderState.Step(by, now),
                s.reviewComment(), s.reviewed(), s.biddingTeam(), s.signed(), s.submitted(), s.result(), s.quoteId());
        return new TenderEvent.BidDrafted(s.id(), bid.value(), by, now);
    }

    /** O-11: the manager approves the draft for the general manager's signature, or sends it back to the rep. */
    public TenderEvent.BidReviewed reviewBid(boolean approve, String comment, String by, Set<Role> roles,
                                             Instant now) {
        requireRole(roles, "the sales manager reviews the bid", Role.SALES_MANAGER);
        requireStep(TenderStatus.BID_DRAFTED, "review the bid");
        s = copy(approve ? TenderStatus.BID_APPROVED : TenderStatus.BID_DECIDED, s.decision(), s.decided(), s.bid(),
                s.drafted(), comment, new TenderState.Step(by, now), s.biddingTeam(), s.signed(), s.submitted(),
                s.result(), s.quoteId());
        return new TenderEvent.BidReviewed(s.id(), approve, by, now);
    }

    /** O-11: the general manager signs and seals the reviewed bid and names the on-site bidding team. */
    public TenderEvent.BidSigned signBid(List<BiddingTeamMember> team, String by, Set<Role> roles, Instant now) {
        requireRole(roles, "the general manager signs the bid", Role.GENERAL_MANAGER);
        requireStep(TenderStatus.BID_APPROVED, "sign the bid");
        if (team.isEmpty()) {
            throw new BusinessRuleViolation("O-11", "The general manager names the on-site bidding team when signing");
        }
        s = copy(TenderStatus.BID_SIGNED, s.decision(), s.decided(), s.bid(), s.drafted(), s.reviewComment(),
                s.reviewed(), team, new TenderState.Step(by, now), s.submitted(), s.result(), s.quoteId());
        return new TenderEvent.BidSigned(s.id(), s.customerId(), s.ownerId(), s.team(), bid().value(), s.biddingTeam(),
                by, now);
    }

    /** O-11: only a signed bid is submitted. */
    public TenderEvent.Submitted submit(String by, Set<Role> roles, Instant now) {
        requireRole(roles, "the rep submits the bid", Role.SALES_REP, Role.ACCOUNT_MANAGER);
        requireStep(TenderStatus.BID_SIGNED, "submit the bid");
        s = copy(TenderStatus.SUBMITTED, s.decision(), s.decided(), s.bid(), s.drafted(), s.reviewComment(),
                s.reviewed(), s.biddingTeam(), s.signed(), new TenderState.Step(by, now), s.result(), s.quoteId());
        return new TenderEvent.Submitted(s.id(), by, now);
    }

    /** O-11: the rep tracks the result of a submitted bid: won, or lost (to whom and at what price, where known). */
    public TenderEvent.OutcomeRecorded recordOutcome(Outcome outcome, @Nullable String competitor,
                                                     @Nullable BigDecimal competitorPrice, String by, Set<Role> roles,
                                                     Instant now) {
        requireRole(roles, "the rep (or the manager) records the outcome", Role.SALES_REP, Role.ACCOUNT_MANAGER,
                Role.SALES_MANAGER);
        requireStep(TenderStatus.SUBMITTED, "record the outcome");
        TenderState.Result result = new TenderState.Result(outcome, competitor, competitorPrice, by, now);
        s = copy(outcome == Outcome.WON ? TenderStatus.WON : TenderStatus.LOST, s.decision(), s.decided(), s.bid(),
                s.drafted(), s.reviewComment(), s.reviewed(), s.biddingTeam(), s.signed(), s.submitted(), result,
                s.quoteId());
        return new TenderEvent.OutcomeRecorded(s.id(), s.customerId(), s.ownerId(), s.team(), outcome, bid().value(),
                competitor, competitorPrice, by, now);
    }

    /** O-11: a won tender leads to a quote for the same customer; the tender records which. */
    public TenderEvent.QuoteLinked linkQuote(UUID quoteId, UUID quoteCustomerId, String by, Instant now) {
        requireStep(TenderStatus.WON, "start its quote");
        if (!quoteCustomerId.equals(s.customerId())) {
            throw new BusinessRuleViolation("O-11", "Quote " + quoteId + " is for another customer than the tender");
        }
        if (s.quoteId() != null && !s.quoteId().equals(quoteId)) {
            throw new BusinessRuleViolation("O-11", "The tender already leads to quote " + s.quoteId());
        }
        s = copy(s.status(), s.decision(), s.decided(), s.bid(), s.drafted(), s.reviewComment(), s.reviewed(),
                s.biddingTeam(), s.signed(), s.submitted(), s.result(), quoteId);
        return new TenderEvent.QuoteLinked(s.id(), quoteId, by, now);
    }

    public TenderState state() {
        return s;
    }

    private Bid bid() {
        if (s.bid() == null) {
            throw new IllegalStateException("Tender " + s.id() + " is " + s.status() + " without a bid");
        }
        return s.bid();
    }

    private static void requireRole(Set<Role> roles, String who, Role... allowed) {
        for (Role role : allowed) {
            if (roles.contains(role)) {
                return;
            }
        }
        throw new ForbiddenByRule("O-11", "Not your step: " + who);
    }

    private void requireStep(TenderStatus expected, String step) {
        if (s.status() != expected) {
            throw new BusinessRuleViolation("O-11", "Cannot " + step + " of a tender that is " + s.status()
                    + "; the steps are: decide to bid, draft, review, general manager's signature, submit, outcome");
        }
    }

    private TenderState copy(TenderStatus status, @Nullable BidDecision decision, TenderState.@Nullable Step decided,
                             @Nullable Bid bid, TenderState.@Nullable Step drafted, @Nullable String reviewComment,
                             TenderState.@Nullable Step reviewed, List<BiddingTeamMember> team,
                             TenderState.@Nullable Step signed, TenderState.@Nullable Step submitted,
                             TenderState.@Nullable Result result, @Nullable UUID quoteId) {
        return new TenderState(s.id(), s.customerId(), s.ownerId(), s.team(), s.title(), s.submissionDeadline(),
                s.estimatedValue(), status, s.reported(), decision, decided, bid, drafted, reviewComment, reviewed,
                team, signed, submitted, result, quoteId, s.version());
    }
}
