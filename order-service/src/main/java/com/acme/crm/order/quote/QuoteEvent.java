package com.acme.crm.order.quote;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happened to a quote version; ids and values only, never the aggregate or contact data. */
public sealed interface QuoteEvent {

    UUID quoteId();

    /** O-2: a version was issued, priced against list, needing the approval named. */
    record Issued(UUID quoteId, UUID requirementId, UUID customerId, String ownerId, String team, int version,
                  @Nullable UUID supersedesQuoteId, BigDecimal listTotal, BigDecimal netTotal,
                  BigDecimal discountPercent, boolean paymentTermsChanged, ApprovalLevel approvalRequired, String by,
                  Instant at) implements QuoteEvent {
    }

    /** O-2: the quote was put to an approver (the manager, or by the manager to the general manager). */
    record ApprovalRequested(UUID quoteId, UUID customerId, String ownerId, String team, ApprovalLevel approver,
                             BigDecimal discountPercent, boolean paymentTermsChanged, BigDecimal netTotal, String by,
                             Instant at) implements QuoteEvent {
    }

    /** O-2: the approver the rule names approved; the quote may be signed. */
    record Approved(UUID quoteId, UUID customerId, String ownerId, String team, ApprovalLevel approver,
                    BigDecimal netTotal, String by, Instant at) implements QuoteEvent {
    }

    /** O-2: the approver the rule names rejected; the quote can only be revised. */
    record Rejected(UUID quoteId, UUID customerId, String ownerId, String team, ApprovalLevel approver, String by,
                    Instant at) implements QuoteEvent {
    }

    /** B-2: a revision replaced this version; neither its price nor its approval carries over. */
    record Superseded(UUID quoteId, UUID by, Instant at) implements QuoteEvent {
    }

    /**
     * O-2 → O-3: the customer signed an approved (or approval-free) quote. Carries everything the contract needs: the
     * requirement (delivery time, place, acceptance), the priced lines, value package, payment terms, totals and who
     * approved them.
     */
    record Signed(UUID quoteId, UUID requirementId, UUID customerId, String ownerId, String team, int version,
                  List<QuoteLine> lines, ValuePackage valuePackage, PaymentTerms paymentTerms, BigDecimal listTotal,
                  BigDecimal netTotal, BigDecimal discountPercent, ApprovalLevel approvalRequired,
                  @Nullable String approvedBy, String signedBy, Instant signedAt) implements QuoteEvent {
    }
}
