package com.acme.crm.lead.lead;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirstContactSlaTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final FirstContactSla sla = new FirstContactSla(Duration.ofHours(48), Duration.ofHours(24));

    @Test
    void l2_firstContactIsDue48HoursAfterCapture() {
        LeadState lead = capture(Channel.WEBSITE, null);

        assertThat(lead.firstContactDueAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
        assertThat(lead.followUpEmailDueAt()).isNull();
    }

    @Test
    void l2_tradeShowLeadAlsoOwesATailoredEmailWithin24Hours() {
        LeadState lead = capture(Channel.TRADE_SHOW, null);

        assertThat(lead.followUpEmailDueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(lead.firstContactDueAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
    }

    @Test
    void l2_deadlinesFollowTheConfiguredSla() {
        FirstContactSla tighter = new FirstContactSla(Duration.ofHours(24), Duration.ofHours(4));
        LeadState lead = Lead.capture(request(Channel.TRADE_SHOW, null), "rep-1", "east", "rep-1", null, NOW, tighter)
                .lead();

        assertThat(lead.firstContactDueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(lead.followUpEmailDueAt()).isEqualTo(NOW.plus(Duration.ofHours(4)));
    }

    @Test
    void l2_aLeadWithoutContactIsOverdueOnlyPastItsDeadline() {
        Lead lead = Lead.restore(Lead.capture(request(Channel.COLD_CALL, null), "rep-1", "east", "rep-1", null, NOW, sla)
                .lead());

        assertThat(lead.isOverdue(NOW.plus(Duration.ofHours(47)))).isFalse();
        assertThat(lead.isOverdue(NOW.plus(Duration.ofHours(49)))).isTrue();
    }

    @Test
    void l1_aReferralLeadMustNameTheReferringCustomer() {
        assertThatThrownBy(() -> capture(Channel.REFERRAL, null))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("L-1"));

        UUID referrer = UUID.randomUUID();
        assertThat(capture(Channel.REFERRAL, referrer).referrerCustomerId()).isEqualTo(referrer);
    }

    private LeadState capture(Channel channel, UUID referrer) {
        return Lead.capture(request(channel, referrer), "rep-1", "east", "rep-1", null, NOW, sla).lead();
    }

    private static Lead.NewLead request(Channel channel, UUID referrer) {
        return new Lead.NewLead("Li Wei", "Acme", new ContactDetails("13800138000", null, "fp", null), channel,
                referrer, null);
    }
}
