package com.acme.crm.order.negotiation;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static com.acme.crm.order.negotiation.NegotiationFixtures.GENERAL_MANAGER;
import static com.acme.crm.order.negotiation.NegotiationFixtures.MANAGER;
import static com.acme.crm.order.negotiation.NegotiationFixtures.NOW;
import static com.acme.crm.order.negotiation.NegotiationFixtures.REP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O-13: special clauses or the customer's own text need the manager's and then the GM's approval; same-day archive. */
class ContractReviewRulesTest {

    @Test
    void o13_specialClausesNeedBothApprovalsBeforeSigning() {
        ContractReview review = ContractReviewFixtures.withSpecialClauses();

        assertRule(review::requireApproved);
        review.decide(true, "acceptable", "mgr-1", MANAGER, NOW);
        assertThat(review.state().status()).isEqualTo(ContractReviewStatus.AWAITING_GENERAL_MANAGER);
        assertRule(review::requireApproved);
        review.decide(true, "accepted", "gm-1", GENERAL_MANAGER, NOW);

        assertThat(review.state().managerApproval().by()).isEqualTo("mgr-1");
        assertThat(review.state().generalManagerApproval().by()).isEqualTo("gm-1");
        assertThatCode(review::requireApproved).doesNotThrowAnyException();
    }

    @Test
    void o13_theManagerFirstThenTheGeneralManagerAndNobodyElse() {
        assertForbidden(() -> ContractReviewFixtures.withSpecialClauses().decide(true, "ok", "gm-1", GENERAL_MANAGER,
                NOW));
        assertForbidden(() -> ContractReviewFixtures.withSpecialClauses().decide(true, "ok", "rep-1", REP, NOW));
        assertForbidden(() -> ContractReviewFixtures.withTheCustomersOwnTextApprovedByTheManager()
                .decide(true, "ok", "mgr-1", MANAGER, NOW));
    }

    @Test
    void o13_aRejectionBlocksSigningUntilTheAmendedTextIsApprovedAgain() {
        ContractReview review = ContractReviewFixtures.withTheCustomersOwnTextApprovedByTheManager();
        review.decide(false, "unlimited liability", "gm-1", GENERAL_MANAGER, NOW);

        assertRule(review::requireApproved);
        review.amend(ContractReviewFixtures.SPECIAL_CLAUSES, "rep-1", NOW);
        assertThat(review.state().status()).isEqualTo(ContractReviewStatus.AWAITING_SALES_MANAGER);
        assertThat(review.state().managerApproval()).isNull();
        assertRule(review::requireApproved);
    }

    @Test
    void o13_aStandardContractNeedsNoApproval() {
        ContractReview review = ContractReview.record(ContractReviewFixtures.quote(),
                ContractReviewFixtures.STANDARD_WITH_DOCUMENT, "rep-1", NOW);

        assertThat(review.state().status()).isEqualTo(ContractReviewStatus.NOT_REQUIRED);
        assertThatCode(review::requireApproved).doesNotThrowAnyException();
    }

    @Test
    void o13_theSignedContractIsArchivedAtTheSignatureWhenItsDocumentIsKnown() {
        ContractReview review = ContractReviewFixtures.withTheCustomersOwnTextApprovedByBoth();

        ContractReviewEvent.Signed signed = review.signed(NOW);

        assertThat(signed.archived()).isTrue();
        assertThat(review.state().archivedAt()).isEqualTo(NOW);
        assertRule(() -> review.amend(ContractReviewFixtures.SPECIAL_CLAUSES, "rep-1", NOW));
        assertRule(() -> review.archive("DMS-other", NOW));
    }

    @Test
    void o13_aContractIsArchivedOnlyOnceSigned() {
        ContractReview review = ContractReviewFixtures.withSpecialClauses();

        assertRule(() -> review.archive("DMS-2026-0200", NOW));
        review.decide(true, "ok", "mgr-1", MANAGER, NOW);
        review.decide(true, "ok", "gm-1", GENERAL_MANAGER, NOW);
        review.signed(NOW);
        assertThat(review.state().archivedAt()).isNull();
        review.archive("DMS-2026-0200", NOW.plusSeconds(600));

        assertThat(review.state().archivedAt()).isEqualTo(NOW.plusSeconds(600));
        assertThat(review.state().documentReference()).isEqualTo("DMS-2026-0200");
    }

    @Test
    void o13_aContractStillUnarchivedWhenItsSignatureDayEndsIsFlaggedOnceAndTheArchiveClearsIt() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant signedAt = ZonedDateTime.of(2026, 11, 23, 15, 0, 0, 0, shanghai).toInstant();
        Instant lastMinute = ZonedDateTime.of(2026, 11, 23, 23, 59, 59, 0, shanghai).toInstant();
        Instant nextDay = ZonedDateTime.of(2026, 11, 24, 0, 0, 0, 0, shanghai).toInstant();
        ContractReview review = ContractReview.record(ContractReviewFixtures.quote(),
                new ContractReview.Terms(null, null, null), "rep-1", NOW);

        assertThat(review.flagArchiveOverdue(nextDay, shanghai)).as("not signed yet").isFalse();
        review.signed(signedAt);
        assertThat(review.flagArchiveOverdue(lastMinute, shanghai)).as("still the signature's day").isFalse();
        assertThat(review.state().archiveOverdueAt()).isNull();
        assertThat(ContractReview.endOfSignatureDayPassedFor(nextDay, shanghai)).isEqualTo(nextDay);

        assertThat(review.flagArchiveOverdue(nextDay, shanghai)).isTrue();
        assertThat(review.state().archiveOverdueAt()).isEqualTo(nextDay);
        assertThat(review.flagArchiveOverdue(nextDay.plusSeconds(3600), shanghai)).as("flagged once").isFalse();
        assertThat(review.state().archiveOverdueAt()).isEqualTo(nextDay);

        review.archive("DMS-2026-0300", nextDay.plusSeconds(7200));
        assertThat(review.state().archiveOverdueAt()).isNull();
        assertThat(review.state().archivedAt()).isEqualTo(nextDay.plusSeconds(7200));
        assertThat(review.flagArchiveOverdue(nextDay.plusSeconds(86_400), shanghai)).isFalse();
    }

    @Test
    void o13_theSignatureDayIsTheBusinessZonesDay() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        // 20:00 UTC on the 23rd is 04:00 on the 24th in Shanghai: that business day ends at 16:00 UTC on the 24th.
        Instant signedAt = Instant.parse("2026-11-23T20:00:00Z");
        ContractReview review = ContractReview.record(ContractReviewFixtures.quote(),
                new ContractReview.Terms(null, null, null), "rep-1", NOW);
        review.signed(signedAt);

        assertThat(review.flagArchiveOverdue(Instant.parse("2026-11-24T15:59:59Z"), shanghai)).isFalse();
        assertThat(review.flagArchiveOverdue(Instant.parse("2026-11-24T16:00:00Z"), shanghai)).isTrue();
    }

    @Test
    void o13_aContractArchivedAtItsSignatureIsNeverFlagged() {
        ContractReview review = ContractReviewFixtures.withTheCustomersOwnTextApprovedByBoth();
        review.signed(NOW);

        assertThat(review.flagArchiveOverdue(NOW.plusSeconds(3 * 86_400), ZoneId.of("Asia/Shanghai"))).isFalse();
        assertThat(review.state().archiveOverdueAt()).isNull();
    }

    private static void assertRule(Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(BusinessRuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("O-13"));
    }

    private static void assertForbidden(Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ForbiddenByRule.class,
                e -> assertThat(e.rule()).isEqualTo("O-13"));
    }
}
