package com.acme.crm.order.quote;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One quote version as stored: its customer's owner and team, the value package and priced lines, the payment terms,
 * the totals, the approval it needs and what was decided. {@code version} guards concurrent changes;
 * {@code quoteVersion} counts revisions of the requirement's quote (B-2).
 */
public record QuoteState(UUID id, UUID requirementId, UUID customerId, String ownerId, String team, int quoteVersion,
                         @Nullable UUID supersedesId, QuoteStatus status, List<QuoteLine> lines,
                         ValuePackage valuePackage, BigDecimal overallDiscountPercent, PaymentTerms paymentTerms,
                         Pricing pricing, boolean paymentTermsChanged, ApprovalLevel approvalRequired,
                         @Nullable String approvedBy, @Nullable ApprovalLevel approvedRole, @Nullable Instant approvedAt,
                         @Nullable String decisionComment, String issuedBy, Instant issuedAt,
                         @Nullable String signedBy, @Nullable Instant signedAt, long version) {

    public QuoteState {
        lines = List.copyOf(lines);
    }

    QuoteState withStatus(QuoteStatus next) {
        return new QuoteState(id, requirementId, customerId, ownerId, team, quoteVersion, supersedesId, next, lines,
                valuePackage, overallDiscountPercent, paymentTerms, pricing, paymentTermsChanged, approvalRequired,
                approvedBy, approvedRole, approvedAt, decisionComment, issuedBy, issuedAt, signedBy, signedAt, version);
    }

    QuoteState decided(QuoteStatus next, String by, ApprovalLevel role, Instant at, String comment) {
        return new QuoteState(id, requirementId, customerId, ownerId, team, quoteVersion, supersedesId, next, lines,
                valuePackage, overallDiscountPercent, paymentTerms, pricing, paymentTermsChanged, approvalRequired,
                by, role, at, comment, issuedBy, issuedAt, signedBy, signedAt, version);
    }

    QuoteState signed(String by, Instant at) {
        return new QuoteState(id, requirementId, customerId, ownerId, team, quoteVersion, supersedesId,
                QuoteStatus.SIGNED, lines, valuePackage, overallDiscountPercent, paymentTerms, pricing,
                paymentTermsChanged, approvalRequired, approvedBy, approvedRole, approvedAt, decisionComment, issuedBy,
                issuedAt, by, at, version);
    }
}
