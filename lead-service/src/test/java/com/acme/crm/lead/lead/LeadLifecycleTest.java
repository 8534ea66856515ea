package com.acme.crm.lead.lead;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lead's rules, on the aggregate alone. */
class LeadLifecycleTest {

    private static final Instant CAPTURED = Instant.parse("2026-11-23T01:00:00Z"); // 09:00 in Shanghai
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final FirstContactSla SLA = new FirstContactSla(Duration.ofHours(48), Duration.ofHours(24));

    @Test
    void l2_theFirstContactStopsTheClockAndTellsWhetherItWasInTime() {
        Lead lead = lead(Channel.WEBSITE);

        LeadEvent.Contacted contacted = lead.recordContact(call(CAPTURED.plus(Duration.ofHours(5))), later(5), SHANGHAI);

        assertThat(contacted.first()).isTrue();
        assertThat(contacted.withinSla()).isTrue();
        assertThat(lead.status()).isEqualTo(LeadStatus.CONTACTED);
        assertThat(lead.isOverdue(later(100))).isFalse();
        assertThat(lead.detectBreaches(later(100))).isEmpty();
    }

    @Test
    void l2_aFirstContactAfterTheDeadlineIsRecordedAsLate() {
        Lead lead = lead(Channel.WEBSITE);

        assertThat(lead.recordContact(call(later(50)), later(50), SHANGHAI).withinSla()).isFalse();
    }

    @Test
    void l2_aPassedDeadlineIsReportedOnceAndTheLeadStaysOpen() {
        Lead lead = lead(Channel.TRADE_SHOW);

        assertThat(lead.detectBreaches(later(23))).isEmpty();
        List<LeadEvent.SlaBreached> emailBreach = lead.detectBreaches(later(25));
        assertThat(emailBreach).extracting(LeadEvent.SlaBreached::sla).containsExactly(LeadEvent.Sla.TRADE_SHOW_FOLLOW_UP_EMAIL);
        List<LeadEvent.SlaBreached> contactBreach = lead.detectBreaches(later(49));
        assertThat(contactBreach).extracting(LeadEvent.SlaBreached::sla).containsExactly(LeadEvent.Sla.FIRST_CONTACT);
        assertThat(contactBreach.get(0).dueAt()).isEqualTo(later(48));
        assertThat(lead.detectBreaches(later(60))).as("once per breach").isEmpty();
        assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
    }

    @Test
    void l2_anOutboundEmailAnswersTheTradeShowFollowUpDeadline() {
        Lead lead = lead(Channel.TRADE_SHOW);

        lead.recordContact(new Contact(Contact.Method.EMAIL, Contact.Direction.OUTBOUND, Contact.Outcome.REACHED,
                "tailored offer", later(3)), later(3), SHANGHAI);

        assertThat(lead.state().followUpEmailSentAt()).isEqualTo(later(3));
        assertThat(lead.detectBreaches(later(30))).isEmpty();
    }

    @Test
    void b1_atMostOneOutboundContactADayUnlessTheProspectCallsIn() {
        Lead lead = lead(Channel.COLD_CALL);
        lead.recordContact(call(later(1)), later(1), SHANGHAI);

        assertThatThrownBy(() -> lead.recordContact(call(later(3)), later(3), SHANGHAI))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("B-1"));
        lead.recordContact(new Contact(Contact.Method.PHONE, Contact.Direction.INBOUND, Contact.Outcome.REACHED, null,
                later(4)), later(4), SHANGHAI);
        lead.recordContact(call(later(24)), later(24), SHANGHAI);
        assertThat(lead.state().lastOutboundContactAt()).isEqualTo(later(24));
    }

    @Test
    void l2_aContactCannotBeInTheFutureNorBeforeTheCapture() {
        Lead lead = lead(Channel.COLD_CALL);

        assertThatThrownBy(() -> lead.recordContact(call(later(2)), later(1), SHANGHAI))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> lead.recordContact(call(CAPTURED.minusSeconds(60)), later(1), SHANGHAI))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void l4_aLeadIsGradedOnlyAfterContactAndKeepsItsPreviousGrade() {
        Lead lead = lead(Channel.WEBSITE);
        assertThatThrownBy(() -> lead.grade(Grade.C, later(1)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("L-4"));

        lead.recordContact(call(later(1)), later(1), SHANGHAI);
        assertThat(lead.grade(Grade.C, later(2)).previous()).isNull();
        assertThat(lead.grade(Grade.B, later(30)).previous()).isEqualTo(Grade.C);
        assertThat(lead.state().grade()).isEqualTo(Grade.B);
    }

    @Test
    void l5_anArchivedLeadLeavesWorkUntilReopenedWhereItWas() {
        Lead lead = lead(Channel.WEBSITE);
        lead.recordContact(call(later(1)), later(1), SHANGHAI);

        lead.archive(ArchiveReason.UNREACHABLE, "rep-1", later(2));
        assertThat(lead.status()).isEqualTo(LeadStatus.ARCHIVED);
        assertThat(lead.state().archiveReason()).isEqualTo(ArchiveReason.UNREACHABLE);
        assertThat(lead.detectBreaches(later(100))).isEmpty();
        assertThatThrownBy(() -> lead.recordContact(call(later(30)), later(30), SHANGHAI))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("L-5"));
        assertThatThrownBy(() -> lead.archive(ArchiveReason.SPAM, "rep-1", later(3)))
                .isInstanceOf(BusinessRuleViolation.class);

        lead.reopen("mgr", later(40));
        assertThat(lead.status()).isEqualTo(LeadStatus.CONTACTED);
        assertThat(lead.state().archiveReason()).isNull();
    }

    @Test
    void l6_onlyAGradedLeadConvertsAndOnlyOnce() {
        Lead lead = lead(Channel.REFERRAL);
        lead.recordContact(call(later(1)), later(1), SHANGHAI);
        assertThatThrownBy(() -> lead.convert("rep-1", later(2)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("L-6"));

        lead.grade(Grade.D, later(2));
        LeadEvent.Converted converted = lead.convert("rep-1", later(3));
        assertThat(converted.lead().status()).isEqualTo(LeadStatus.CONVERTED);
        assertThatThrownBy(() -> lead.convert("rep-1", later(4))).isInstanceOf(BusinessRuleViolation.class);

        UUID customer = UUID.randomUUID();
        lead.customerRegistered(customer);
        assertThat(lead.state().customerId()).isEqualTo(customer);
    }

    @Test
    void l8_reassignmentKeepsTheOriginalDeadline() {
        Lead lead = lead(Channel.WEBSITE);

        LeadEvent.Assigned assigned = lead.assign("rep-2", "mgr", later(10));

        assertThat(assigned.previousOwnerId()).isEqualTo("rep-1");
        assertThat(lead.ownerId()).isEqualTo("rep-2");
        assertThat(lead.state().firstContactDueAt()).isEqualTo(later(48));
        assertThatThrownBy(() -> lead.assign("rep-2", "mgr", later(11))).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void l3_aDuplicateCaptureIsMergedIntoAnOpenLeadOnly() {
        Lead lead = lead(Channel.WEBSITE);

        LeadEvent.Merged merged = lead.mergeCapture(Channel.TRADE_SHOW, "rep-2", later(5));
        assertThat(merged.channel()).isEqualTo(Channel.TRADE_SHOW);
        assertThat(lead.state().lastTouchAt()).isEqualTo(later(5));

        lead.archive(ArchiveReason.DUPLICATE, "rep-1", later(6));
        assertThatThrownBy(() -> lead.mergeCapture(Channel.WEBSITE, "rep-2", later(7)))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void anEventCarriesTheLeadAsTheChangeLeftItNotTheLiveLead() {
        Lead lead = lead(Channel.WEBSITE);
        LeadEvent.Contacted contacted = lead.recordContact(call(later(1)), later(1), SHANGHAI);
        LeadEvent.Graded graded = lead.grade(Grade.C, later(2));
        lead.assign("rep-2", "mgr-1", later(3));
        lead.archive(ArchiveReason.NO_NEED, "rep-2", later(4));

        assertThat(contacted.lead().grade()).isNull();
        assertThat(contacted.lead().status()).isEqualTo(LeadStatus.CONTACTED);
        assertThat(graded.lead().grade()).isEqualTo(Grade.C);
        assertThat(graded.lead().ownerId()).as("still the owner at grading").isEqualTo("rep-1");
        assertThat(graded.leadId()).isEqualTo(lead.id());
        assertThat(lead.status()).isEqualTo(LeadStatus.ARCHIVED);
    }

    private static Lead lead(Channel channel) {
        UUID referrer = channel == Channel.REFERRAL ? UUID.randomUUID() : null;
        return Lead.restore(Lead.capture(new Lead.NewLead("Li Wei", "Acme", new ContactDetails("13800138000", null, "fp", null),
                channel, referrer, null), "rep-1", "east", "rep-1", null, CAPTURED, SLA).lead());
    }

    private static Contact call(Instant at) {
        return new Contact(Contact.Method.PHONE, Contact.Direction.OUTBOUND, Contact.Outcome.REACHED, null, at);
    }

    private static Instant later(long hours) {
        return CAPTURED.plus(Duration.ofHours(hours));
    }
}
