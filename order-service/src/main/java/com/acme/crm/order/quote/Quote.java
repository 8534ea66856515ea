package com.acme.crm.order.quote;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.order.requirement.RequirementState;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a quote (O-2): value package then price against list, the approval its discount and payment terms
 * need, the decision, the signature. A revision is a new version that supersedes this one; no price change reaches a
 * customer without the approval it needs (B-2).
 */
public final class Quote {

    private QuoteState s;

    private Quote(QuoteState state) {
        this.s = state;
    }

    public static Quote restore(QuoteState state) {
        return new Quote(state);
    }

    /** O-2: a first version from a confirmed requirement; the approval it needs is fixed by the policy now. */
    public static Quote issue(RequirementState requirement, Offer offer, ApprovalPolicy policy, String by,
                              Instant now) {
        return issue(requirement, offer, policy, by, now, 1, null);
    }

    /** B-2: the next version after {@code previous}; approval starts again from nothing. */
    public static Quote revise(QuoteState previous, RequirementState requirement, Offer offer, ApprovalPolicy policy,
                               String by, Instant now) {
        return issue(requirement, offer, policy, by, now, previous.quoteVersion() + 1, previous.id());
    }

    private static Quote issue(RequirementState requirement, Offer offer, ApprovalPolicy policy, String by,
                               Instant now, int version, @Nullable UUID supersedes) {
        if (offer.lines().isEmpty()) {
            throw new BusinessRuleViolation("O-2", "A quote prices at least one product");
        }
        Pricing pricing = Pricing.of(offer.lines(), offer.overallDiscountPercent());
        boolean termsChanged = policy.changesTerms(offer.paymentTerms());
        return new Quote(new QuoteState(UUID.randomUUID(), requirement.id(), requirement.customerId(),
                requirement.ownerId(), requirement.team(), version, supersedes, QuoteStatus.ISSUED, offer.lines(),
                offer.valuePackage(), offer.overallDiscountPercent(), offer.paymentTerms(), pricing, termsChanged,
                policy.required(pricing, termsChanged), null, null, null, null, by, now, null, null, 0));
    }

    public QuoteEvent.Issued issued() {
        return new QuoteEvent.Issued(s.id(), s.requirementId(), s.customerId(), s.ownerId(), s.team(),
                s.quoteVersion(), s.supersedesId(), s.pricing().listTotal(), s.pricing().netTotal(),
                s.pricing().discountPercent(), s.paymentTermsChanged(), s.approvalRequired(), s.issuedBy(),
                s.issuedAt());
    }

    /**
     * O-2: puts the quote to its approver. A rep's request goes to the team's sales manager; a sales manager's request
     * for a quote beyond the manager's authority goes to the general manager.
     */
    public QuoteEvent.ApprovalRequested requestApproval(String by, Set<Role> roles, Instant now) {
        boolean manager = roles.contains(Role.SALES_MANAGER);
        if (s.approvalRequired() == ApprovalLevel.NONE) {
            throw new BusinessRuleViolation("O-2", "This quote is within the rep's own authority and needs no approval");
        }
        boolean escalation = manager && s.approvalRequired() == ApprovalLevel.GENERAL_MANAGER
                && (s.status() == QuoteStatus.ISSUED || s.status() == QuoteStatus.AWAITING_SALES_MANAGER);
        if (escalation) {
            return awaiting(ApprovalLevel.GENERAL_MANAGER, by, now);
        }
        if (s.status() != QuoteStatus.ISSUED) {
            throw new BusinessRuleViolation("O-2", "No approval can be requested on a quote that is " + s.status());
        }
        return awaiting(ApprovalLevel.SALES_MANAGER, by, now);
    }

    /**
     * O-2: the decision of the approver the rule names, and nobody else's. A sales manager approving a quote beyond
     * the manager's authority passes it on to the general manager instead of approving it.
     */
    public QuoteEvent decide(boolean approve, String by, Set<Role> roles, String comment, Instant now) {
        ApprovalLevel pending = switch (s.status()) {
            case AWAITING_SALES_MANAGER -> ApprovalLevel.SALES_MANAGER;
            case AWAITING_GENERAL_MANAGER -> ApprovalLevel.GENERAL_MANAGER;
            default -> throw new BusinessRuleViolation("O-2", "No approval is pending on a quote that is " + s.status());
        };
        if (!roles.contains(Role.valueOf(pending.name()))) {
            throw new ForbiddenByRule("O-2", "Only the " + pending + " decides this quote ("
                    + s.pricing().discountPercent().toPlainString() + " % off list"
                    + (s.paymentTermsChanged() ? ", payment terms changed" : "") + ")");
        }
        if (!approve) {
            s = s.decided(QuoteStatus.REJECTED, by, pending, now, comment);
            return new QuoteEvent.Rejected(s.id(), s.customerId(), s.ownerId(), s.team(), pending, by, now);
        }
        if (pending == ApprovalLevel.SALES_MANAGER && s.approvalRequired() == ApprovalLevel.GENERAL_MANAGER) {
            return awaiting(ApprovalLevel.GENERAL_MANAGER, by, now);
        }
        s = s.decided(QuoteStatus.APPROVED, by, pending, now, comment);
        return new QuoteEvent.Approved(s.id(), s.customerId(), s.ownerId(), s.team(), pending, s.pricing().netTotal(),
                by, now);
    }

    /** B-2: this version is replaced by a revision; a signed one cannot be. */
    public QuoteEvent.Superseded supersede(UUID next, Instant now) {
        if (s.status() == QuoteStatus.SIGNED || s.status() == QuoteStatus.SUPERSEDED) {
            throw new BusinessRuleViolation("B-2", "A " + s.status() + " quote cannot be revised");
        }
        s = s.withStatus(QuoteStatus.SUPERSEDED);
        return new QuoteEvent.Superseded(s.id(), next, now);
    }

    /**
     * O-2: the customer signs; refused while the quote lacks the approval it needs. The returned event is what O-3
     * turns into an order.
     */
    public QuoteEvent.Signed sign(String by, Instant now) {
        switch (s.status()) {
            case APPROVED -> { }
            case ISSUED -> {
                if (s.approvalRequired() != ApprovalLevel.NONE) {
                    throw unapproved();
                }
            }
            case AWAITING_SALES_MANAGER, AWAITING_GENERAL_MANAGER, REJECTED -> throw unapproved();
            case SUPERSEDED -> throw new BusinessRuleViolation("B-2", "Version " + s.quoteVersion()
                    + " was superseded by a revision; only the current version can be signed");
            case SIGNED -> throw new BusinessRuleViolation("O-2", "The quote is already signed");
        }
        s = s.signed(by, now);
        return new QuoteEvent.Signed(s.id(), s.requirementId(), s.customerId(), s.ownerId(), s.team(),
                s.quoteVersion(), s.lines(), s.valuePackage(), s.paymentTerms(), s.pricing().listTotal(),
                s.pricing().netTotal(), s.pricing().discountPercent(), s.approvalRequired(), s.approvedBy(), by, now);
    }

    public QuoteState state() {
        return s;
    }

    private QuoteEvent.ApprovalRequested awaiting(ApprovalLevel approver, String by, Instant now) {
        s = s.withStatus(approver == ApprovalLevel.GENERAL_MANAGER ? QuoteStatus.AWAITING_GENERAL_MANAGER
                : QuoteStatus.AWAITING_SALES_MANAGER);
        return new QuoteEvent.ApprovalRequested(s.id(), s.customerId(), s.ownerId(), s.team(), approver,
                s.pricing().discountPercent(), s.paymentTermsChanged(), s.pricing().netTotal(), by, now);
    }

    private BusinessRuleViolation unapproved() {
        return new BusinessRuleViolation("O-2", "An unapproved quote cannot be signed: it is " + s.status()
                + " and needs the approval of the " + s.approvalRequired() + " ("
                + s.pricing().discountPercent().toPlainString() + " % off list"
                + (s.paymentTermsChanged() ? ", payment terms changed" : "") + ")");
    }

    /** What a version offers: products priced against list, the value package, the overall discount, the terms. */
    public record Offer(List<QuoteLine> lines, ValuePackage valuePackage, BigDecimal overallDiscountPercent,
                        PaymentTerms paymentTerms) {

        public Offer {
            lines = List.copyOf(lines);
        }
    }
}
