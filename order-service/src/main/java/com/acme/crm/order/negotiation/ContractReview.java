package com.acme.crm.order.negotiation;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.order.quote.QuoteState;
import com.acme.crm.order.quote.QuoteStatus;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * O-13: the review of a quote's contract before signing. Special clauses or the customer's own contract text need the
 * team's sales manager's approval and then the general manager's; without either the quote is signed as it stands.
 * The signed contract is archived the same day: at the signature when its document reference is already known;
 * otherwise the end-of-day check flags it once its business day has ended, until the archive clears the flag.
 */
public final class ContractReview {

    private ContractReviewState s;

    private ContractReview(ContractReviewState state) {
        this.s = state;
    }

    public static ContractReview restore(ContractReviewState state) {
        return new ContractReview(state);
    }

    /** O-13: the contract of a quote not yet signed; what it contains decides the approvals it needs. */
    public static ContractReview record(QuoteState quote, Terms terms, String by, Instant now) {
        if (quote.status() == QuoteStatus.SIGNED || quote.status() == QuoteStatus.SUPERSEDED) {
            throw new BusinessRuleViolation("O-13", "Quote " + quote.id() + " is " + quote.status()
                    + "; its contract is reviewed before signing");
        }
        return new ContractReview(new ContractReviewState(UUID.randomUUID(), quote.id(), quote.requirementId(),
                quote.customerId(), quote.ownerId(), quote.team(), terms.specialClauses(),
                terms.customerContractText(), terms.documentReference(), needed(terms), null, null, null, null, null,
                null, by, now, 0));
    }

    public ContractReviewEvent.Recorded recorded() {
        return new ContractReviewEvent.Recorded(s.id(), s.quoteId(), s.status(), s.recordedBy(), s.recordedAt());
    }

    /** O-13: changed clauses or text are approved again from the start. */
    public ContractReviewEvent.Recorded amend(Terms terms, String by, Instant now) {
        requireUnsigned();
        s = new ContractReviewState(s.id(), s.quoteId(), s.requirementId(), s.customerId(), s.ownerId(), s.team(),
                terms.specialClauses(), terms.customerContractText(), terms.documentReference(), needed(terms), null,
                null, null, null, null, null, s.recordedBy(), s.recordedAt(), s.version());
        return new ContractReviewEvent.Recorded(s.id(), s.quoteId(), s.status(), by, now);
    }

    /** O-13: the sales manager decides first, then the general manager; nobody else (403 naming O-13). */
    public ContractReviewEvent.Decided decide(boolean approve, String comment, String by, Set<Role> roles,
                                              Instant now) {
        requireUnsigned();
        Role approver = switch (s.status()) {
            case AWAITING_SALES_MANAGER -> Role.SALES_MANAGER;
            case AWAITING_GENERAL_MANAGER -> Role.GENERAL_MANAGER;
            default -> throw new BusinessRuleViolation("O-13", "No approval is pending on a contract review that is "
                    + s.status());
        };
        if (!roles.contains(approver)) {
            throw new ForbiddenByRule("O-13", "Special clauses and the customer's own contract text are approved by "
                    + "the sales manager, then the general manager; this review waits for the " + approver);
        }
        ContractReviewState.Approval approval = new ContractReviewState.Approval(by, now);
        ContractReviewStatus next = !approve ? ContractReviewStatus.REJECTED
                : approver == Role.SALES_MANAGER ? ContractReviewStatus.AWAITING_GENERAL_MANAGER
                : ContractReviewStatus.APPROVED;
        s = new ContractReviewState(s.id(), s.quoteId(), s.requirementId(), s.customerId(), s.ownerId(), s.team(),
                s.specialClauses(), s.customerContractText(), s.documentReference(), next,
                approve && approver == Role.SALES_MANAGER ? approval : s.managerApproval(),
                approve && approver == Role.GENERAL_MANAGER ? approval : s.generalManagerApproval(), comment,
                null, null, null, s.recordedBy(), s.recordedAt(), s.version());
        return new ContractReviewEvent.Decided(s.id(), next, by, now);
    }

    /** O-13: the quote may be signed only with both approvals, or when nothing needs them. */
    public void requireApproved() {
        if (s.status() != ContractReviewStatus.NOT_REQUIRED && s.status() != ContractReviewStatus.APPROVED) {
            throw new BusinessRuleViolation("O-13", "The contract has "
                    + (s.specialClauses() != null ? "special clauses" : "the customer's own contract text")
                    + " and needs the sales manager's and then the general manager's approval before signing; "
                    + "the review is " + s.status());
        }
    }

    /** O-13: told of the signature; a contract whose document reference is known is archived at once. */
    public ContractReviewEvent.Signed signed(Instant at) {
        boolean archive = s.documentReference() != null;
        s = withSignature(at, archive ? at : null, null, s.documentReference());
        return new ContractReviewEvent.Signed(s.id(), s.quoteId(), at, archive);
    }

    /**
     * O-13, the end-of-day check: a contract signed on a business day (in {@code zone}) that has ended and still not
     * archived is flagged overdue, once; true when this call flagged it.
     */
    public boolean flagArchiveOverdue(Instant now, ZoneId zone) {
        Instant signedAt = s.signedAt();
        if (signedAt == null || s.archivedAt() != null || s.archiveOverdueAt() != null
                || !LocalDate.ofInstant(signedAt, zone).isBefore(LocalDate.ofInstant(now, zone))) {
            return false;
        }
        s = withSignature(signedAt, null, now, s.documentReference());
        return true;
    }

    /** O-13: the signature's business day has ended for contracts signed before this instant. */
    public static Instant endOfSignatureDayPassedFor(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    }

    /** O-13: the signed contract's document, archived now; an overdue flag is cleared. */
    public ContractReviewEvent.Archived archive(String documentReference, Instant now) {
        if (s.signedAt() == null) {
            throw new BusinessRuleViolation("O-13", "Only a signed contract is archived; give the document reference "
                    + "on the review and it is archived at the signature");
        }
        if (s.archivedAt() != null) {
            throw new BusinessRuleViolation("O-13", "The contract was archived at " + s.archivedAt());
        }
        s = withSignature(s.signedAt(), now, null, documentReference);
        return new ContractReviewEvent.Archived(s.id(), documentReference, now);
    }

    public ContractReviewState state() {
        return s;
    }

    private static ContractReviewStatus needed(Terms terms) {
        return terms.specialClauses() == null && terms.customerContractText() == null
                ? ContractReviewStatus.NOT_REQUIRED : ContractReviewStatus.AWAITING_SALES_MANAGER;
    }

    private void requireUnsigned() {
        if (s.signedAt() != null) {
            throw new BusinessRuleViolation("O-13", "The contract was signed at " + s.signedAt()
                    + "; a change now is a change request on the order (O-6)");
        }
    }

    private ContractReviewState withSignature(@Nullable Instant signedAt, @Nullable Instant archivedAt,
                                              @Nullable Instant archiveOverdueAt,
                                              @Nullable String documentReference) {
        return new ContractReviewState(s.id(), s.quoteId(), s.requirementId(), s.customerId(), s.ownerId(), s.team(),
                s.specialClauses(), s.customerContractText(), documentReference, s.status(), s.managerApproval(),
                s.generalManagerApproval(), s.decisionComment(), signedAt, archivedAt, archiveOverdueAt,
                s.recordedBy(), s.recordedAt(), s.version());
    }

    /** What the contract adds to the quote: special clauses, the customer's own text, the document's reference. */
    public record Terms(@Nullable String specialClauses, @Nullable String customerContractText,
                        @Nullable String documentReference) {
    }
}
