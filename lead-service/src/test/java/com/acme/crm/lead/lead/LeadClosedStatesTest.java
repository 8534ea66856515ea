package com.acme.crm.lead.lead;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;

import java.time.Duration;

import static com.acme.crm.lead.lead.LeadFixtures.NOW;
import static com.acme.crm.lead.lead.LeadFixtures.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On the aggregate alone, from {@link LeadFixtures}: the L-2 deadlines of a lead left alone, and that a converted
 * (L-6) or archived (L-5) lead takes no more work, each refusal naming its rule.
 */
class LeadClosedStatesTest {

    @Test
    void l2_aTradeShowLeadLeftFor50HoursHasBreachedBothDeadlinesOnce() {
        Lead lead = LeadFixtures.tradeShowLeadCapturedHoursAgo(50);

        assertThat(lead.isOverdue(NOW)).isTrue();
        assertThat(lead.detectBreaches(NOW)).extracting(LeadEvent.SlaBreached::sla)
                .containsExactly(LeadEvent.Sla.FIRST_CONTACT, LeadEvent.Sla.TRADE_SHOW_FOLLOW_UP_EMAIL);
        assertThat(lead.detectBreaches(NOW.plusSeconds(60))).isEmpty();
        assertThat(lead.status()).as("a breached lead stays open").isEqualTo(LeadStatus.NEW);
    }

    @Test
    void l2_aTradeShowLeadLeftFor30HoursHasOnlyMissedTheEmail() {
        Lead lead = LeadFixtures.tradeShowLeadCapturedHoursAgo(30);

        assertThat(lead.isOverdue(NOW)).isFalse();
        assertThat(lead.detectBreaches(NOW)).extracting(LeadEvent.SlaBreached::sla)
                .containsExactly(LeadEvent.Sla.TRADE_SHOW_FOLLOW_UP_EMAIL);
    }

    @Test
    void l6_aConvertedLeadTakesNoMoreWorkAndEachRefusalNamesItsRule() {
        Lead lead = LeadFixtures.convertedLead();

        refuses(lead, "L-8", l -> l.assign(LeadFixtures.OTHER_REP, "mgr", NOW));
        refuses(lead, "L-4", l -> l.grade(Grade.A, NOW));
        refuses(lead, "L-5", l -> l.archive(ArchiveReason.SPAM, LeadFixtures.REP, NOW));
        refuses(lead, "L-5", l -> l.recordContact(LeadFixtures.callAt(NOW), NOW, SHANGHAI));
        refuses(lead, "L-3", l -> l.mergeCapture(Channel.WEBSITE, LeadFixtures.REP, NOW));
        refuses(lead, "L-6", l -> l.convert(LeadFixtures.REP, NOW));
        refuses(lead, "L-5", l -> l.reopen("mgr", NOW));
        assertThat(lead.status()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(lead.state().grade()).isEqualTo(Grade.D);
    }

    @Test
    void l5_anArchivedLeadTakesNoWorkAndRaisesNoBreachUntilReopened() {
        Lead lead = LeadFixtures.archivedLead(ArchiveReason.NO_NEED);

        refuses(lead, "L-8", l -> l.assign(LeadFixtures.OTHER_REP, "mgr", NOW));
        refuses(lead, "L-6", l -> l.convert(LeadFixtures.REP, NOW));
        assertThat(lead.isOverdue(NOW.plus(Duration.ofDays(30)))).isFalse();
        assertThat(lead.detectBreaches(NOW.plus(Duration.ofDays(30)))).isEmpty();

        lead.reopen("mgr", NOW);
        lead.assign(LeadFixtures.OTHER_REP, "mgr", NOW);
        assertThat(lead.ownerId()).isEqualTo(LeadFixtures.OTHER_REP);
    }

    @Test
    void l5_onlyAnArchivedLeadIsReopened() {
        refuses(LeadFixtures.contactedWebsiteLead(), "L-5", l -> l.reopen("mgr", NOW));
        refuses(LeadFixtures.newWebsiteLead(), "L-5", l -> l.reopen("mgr", NOW));
    }

    @Test
    void l8_aLeadIsNotReassignedToItsOwnOwner() {
        refuses(LeadFixtures.gradedLead(Grade.B), "L-8", l -> l.assign(LeadFixtures.REP, "mgr", NOW));
    }

    private static void refuses(Lead lead, String rule, ThrowingConsumer<Lead> change) {
        assertThatThrownBy(() -> change.accept(lead)).as(rule)
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }
}
